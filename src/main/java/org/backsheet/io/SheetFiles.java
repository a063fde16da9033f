package org.backsheet.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetFileName;

/** Reading and writing sheet files ({@code .backsheet.json}, docs/formats.md). */
public final class SheetFiles {

    /** The extension of sheet files ({@link SheetFileName}). */
    public static final String EXTENSION = SheetFileName.EXTENSION;

    private SheetFiles() {}

    /**
     * Reads a sheet file. Problems are named after {@code file} as given.
     *
     * @throws FileFormatException when the file is not a usable sheet: every problem found is listed
     * @throws IOException when the file cannot be read at all (missing, no permission)
     */
    public static Sheet read(Path file) throws FileFormatException, IOException {
        return parse(file.toString(), JsonDocument.readBytes(file));
    }

    /** Parses the bytes of a sheet file; {@code fileName} is used in problem messages only. */
    public static Sheet parse(String fileName, byte[] content) throws FileFormatException {
        return SheetReader.read(fileName, content);
    }

    /** The sheet as pretty-printed JSON; {@code parse(toJson(s))} gives back an equal sheet. */
    public static String toJson(Sheet sheet) {
        return SheetWriter.toJson(sheet);
    }

    /** Saves safely (see {@link AtomicFiles}), keeping the previous file as {@code NAME.backsheet.json.bak}. */
    public static void save(Sheet sheet, Path file) throws IOException {
        byte[] bytes = toJson(sheet).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeKeepingBackup(file, out -> out.write(bytes));
    }
}
