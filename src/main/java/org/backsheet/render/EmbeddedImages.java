package org.backsheet.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backsheet.image.PictureBudget;
import org.backsheet.image.PictureException;
import org.backsheet.image.Pictures;
import org.backsheet.model.EmbeddedImage;

/**
 * Turns a picture carried in a sheet (clinic logo) into a PDF image, with the limits of {@link Pictures} and
 * the handout's {@link PictureBudget}. An RGB or grey JPEG of a sensible size is embedded as it is; anything
 * else (a PNG, a CMYK JPEG, a huge JPEG) is decoded at most at the handout's picture size and stored again.
 */
public final class EmbeddedImages {

    private EmbeddedImages() {}

    /**
     * The image as an XObject of {@code document}. Throws IOException with a short reason when the bytes are
     * not a usable PNG or JPEG.
     */
    public static PDImageXObject toXObject(PDDocument document, EmbeddedImage image) throws IOException {
        byte[] data = image.data();
        try {
            Pictures.Header header = Pictures.header(data);
            if (Pictures.JPEG.equals(header.mediaType())
                    && header.plainColours()
                    && Math.max(header.width(), header.height()) <= Pictures.LONG_SIDE) {
                if (!PictureBudget.of(document).take(header.pixels())) {
                    throw new IOException("the handout's pictures together are too large; this one is left out");
                }
                return JPEGFactory.createFromByteArray(document, data);
            }
            BufferedImage decoded = Pictures.decode(data, Pictures.LONG_SIDE, PictureBudget.of(document));
            return decoded.getColorModel().hasAlpha()
                    ? LosslessFactory.createFromImage(document, decoded)
                    : JPEGFactory.createFromImage(document, decoded, 0.85f);
        } catch (PictureException e) {
            throw new IOException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a readable picture", e);
        }
    }
}
