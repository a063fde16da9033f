package org.backsheet.io;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a file's content to a stream; used by {@link AtomicFiles} so a failure never leaves half a file. */
@FunctionalInterface
public interface IOWriter {

    void write(OutputStream out) throws IOException;
}
