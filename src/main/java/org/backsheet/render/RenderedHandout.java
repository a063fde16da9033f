package org.backsheet.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.backsheet.model.Sheet;

/**
 * A handout made in memory, ready to be written to its file. Every export renders first and writes after, so a
 * sheet that cannot be rendered never touches the disk, and the file is then replaced in one short step (the
 * command line and the editor both write it with {@code AtomicFiles}).
 */
public final class RenderedHandout {

    private final ByteArrayOutputStream bytes;
    private final RenderResult result;

    private RenderedHandout(ByteArrayOutputStream bytes, RenderResult result) {
        this.bytes = bytes;
        this.result = result;
    }

    /** Renders {@code sheet} with {@code writer} into memory. */
    public static RenderedHandout of(HandoutWriter writer, Sheet sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
        RenderResult result = writer.write(sheet, bytes);
        return new RenderedHandout(bytes, result);
    }

    /** The pages and warnings of the handout. */
    public RenderResult result() {
        return result;
    }

    /** The handout's bytes (for a printer, which takes them whole). */
    public byte[] bytes() {
        return bytes.toByteArray();
    }

    /** Copies the handout's bytes to {@code out} (a temporary file that then replaces the target). */
    public void writeTo(OutputStream out) throws IOException {
        bytes.writeTo(out);
    }
}
