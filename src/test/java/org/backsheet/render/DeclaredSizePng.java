package org.backsheet.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.backsheet.io.TestPictures;
import org.backsheet.model.EmbeddedImage;

/**
 * Builds valid PNG files of any declared size whose pixels are all black: such a file is tiny on disk (black
 * rows compress about a thousand to one) but needs width x height x 3 bytes of memory once decoded.
 */
final class DeclaredSizePng {

    private DeclaredSizePng() {}

    static EmbeddedImage black(int width, int height) {
        return black(width, height, 8, 2, width * 3);
    }

    /** Like {@link #black(int, int)} with one bit per pixel, grey (the adversarial run's 6 KB files). */
    static EmbeddedImage blackOneBit(int width, int height) {
        return black(width, height, 1, 0, (width + 7) / 8);
    }

    private static EmbeddedImage black(int width, int height, int bitDepth, int colourType, int rowBytes) {
        try {
            ByteArrayOutputStream pixels = new ByteArrayOutputStream();
            try (DeflaterOutputStream z =
                    new DeflaterOutputStream(pixels, new Deflater(Deflater.DEFAULT_COMPRESSION))) {
                byte[] row = new byte[1 + rowBytes];
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            return new EmbeddedImage(
                    "image/png", TestPictures.png(width, height, bitDepth, colourType, pixels.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
