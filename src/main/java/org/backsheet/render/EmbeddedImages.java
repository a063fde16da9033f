package org.backsheet.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backsheet.model.EmbeddedImage;

/** Turns a picture carried in a sheet (clinic logo, exercise photo) into a PDF image. */
public final class EmbeddedImages {

    /**
     * The largest picture decoded or embedded. A logo prints about 2 cm high, so this is far more than any needs,
     * yet it stops a small file that declares a gigantic picture from taking gigabytes of memory (here, and in
     * the editor's preview and the printer when they decode it).
     */
    static final int MAX_SIDE = 8_000;
    static final long MAX_PIXELS = 24_000_000L;

    private EmbeddedImages() {
    }

    /**
     * The image as an XObject of {@code document}: JPEG bytes are embedded as they are, PNG is decoded and
     * stored losslessly. Throws IOException with a short reason when the bytes are not a readable PNG or JPEG.
     */
    public static PDImageXObject toXObject(PDDocument document, EmbeddedImage image) throws IOException {
        byte[] data = image.data();
        checkDeclaredSize(data);
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

    /** Reads only the picture's header and refuses a size over the limits before anything is decoded. */
    private static void checkDeclaredSize(byte[] data) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return; // not a known format: the decoding below says so
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
                    throw new IOException("it declares " + w + " x " + h + " pixels; at most " + MAX_SIDE
                            + " a side and " + MAX_PIXELS / 1_000_000 + " megapixels are used");
                }
            } catch (RuntimeException damagedHeader) {
                throw new IOException("not a readable picture", damagedHeader);
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean isJpeg(byte[] d) {
        return d.length > 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] d) {
        return d.length > 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G';
    }
}
