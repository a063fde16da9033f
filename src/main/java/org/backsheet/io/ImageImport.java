package org.backsheet.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backsheet.image.PictureBudget;
import org.backsheet.image.PictureException;
import org.backsheet.image.Pictures;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Problem;

/**
 * Makes a picture file the clinician chose (a photo of the exercise, a clinic logo) fit to live inside a sheet
 * or exercise file: checked and decoded by {@link Pictures} (its size before anything is decoded, CMYK turned
 * into RGB), scaled down to at most 1,600 pixels on the long side and encoded again: JPEG for photos, PNG when
 * it has transparency. Re-encoding also drops camera metadata such as the place a photo was taken.
 */
public final class ImageImport {

    private ImageImport() {}

    /** The picture in {@code file}, ready to embed; a file that cannot be used gives a message naming it. */
    public static EmbeddedImage read(Path file) throws FileFormatException, IOException {
        return read(file, Pictures.LONG_SIDE);
    }

    /** Like {@link #read(Path)}, scaled to at most {@code longSide} pixels on the long side (a logo needs less). */
    public static EmbeddedImage read(Path file, int longSide) throws FileFormatException, IOException {
        String name = file.getFileName().toString();
        String notAFile = FileKinds.whyNotReadable(file);
        if (notAFile != null) {
            throw refuse(name, notAFile);
        }
        if (Files.size(file) > Pictures.MAX_FILE_BYTES) {
            throw refuse(
                    name,
                    "the file is larger than " + Pictures.MAX_FILE_BYTES / (1024 * 1024)
                            + " MB; choose a smaller picture");
        }
        return fromBytes(name, Files.readAllBytes(file), longSide);
    }

    /** Like {@link #read}, for bytes already in memory; {@code name} is used in messages. */
    public static EmbeddedImage fromBytes(String name, byte[] bytes) throws FileFormatException {
        return fromBytes(name, bytes, Pictures.LONG_SIDE);
    }

    private static EmbeddedImage fromBytes(String name, byte[] bytes, int longSide) throws FileFormatException {
        BufferedImage scaled;
        try {
            scaled = Pictures.decode(bytes, longSide, PictureBudget.single());
        } catch (PictureException e) {
            throw refuse(name, e.getMessage());
        }
        try {
            if (scaled.getColorModel().hasAlpha()) {
                return new EmbeddedImage(Pictures.PNG, Pictures.png(scaled));
            }
            return new EmbeddedImage(Pictures.JPEG, Pictures.jpeg(scaled));
        } catch (IOException e) {
            throw refuse(name, "the picture could not be stored (" + e.getMessage() + ")");
        }
    }

    private static FileFormatException refuse(String name, String message) {
        return new FileFormatException(Problem.ofFile(name, message));
    }
}
