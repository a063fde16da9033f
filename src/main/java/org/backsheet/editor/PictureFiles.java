package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.Path;
import org.backsheet.io.FileFormatException;
import org.backsheet.io.ImageImport;
import org.backsheet.model.EmbeddedImage;

/** Pictures the clinician picks for an exercise, read through the one image import that checks them. */
public final class PictureFiles {

    private PictureFiles() {}

    /** The photo in {@code file} (PNG or JPEG), checked and scaled; the exception's message names every problem. */
    public static EmbeddedImage exercisePhoto(Path file) throws FileFormatException, IOException {
        return ImageImport.read(file);
    }
}
