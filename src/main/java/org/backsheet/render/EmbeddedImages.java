package org.backsheet.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backsheet.model.EmbeddedImage;

/** Turns a picture carried in a sheet (clinic logo, exercise photo) into a PDF image. */
public final class EmbeddedImages {

    private EmbeddedImages() {
    }

    /**
     * The image as an XObject of {@code document}: JPEG bytes are embedded as they are, PNG is decoded and
     * stored losslessly. Throws IOException with a short reason when the bytes are not a readable PNG or JPEG.
     */
    public static PDImageXObject toXObject(PDDocument document, EmbeddedImage image) throws IOException {
        byte[] data = image.data();
        if (isJpeg(data)) {
            try {
                return JPEGFactory.createFromByteArray(document, data);
            } catch (IllegalArgumentException e) {
                throw new IOException("not a readable JPEG", e);
            }
        }
        if (isPng(data)) {
            BufferedImage decoded;
            try {
                decoded = ImageIO.read(new ByteArrayInputStream(data));
            } catch (RuntimeException e) {
                throw new IOException("not a readable PNG", e);
            }
            if (decoded == null) {
                throw new IOException("not a readable PNG");
            }
            return LosslessFactory.createFromImage(document, decoded);
        }
        throw new IOException("neither PNG nor JPEG (" + image.mediaType() + ")");
    }

    private static boolean isJpeg(byte[] d) {
        return d.length > 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] d) {
        return d.length > 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G';
    }
}
