package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backsheet.model.EmbeddedImage;

/**
 * Turns an embedded photo into a JPEG image XObject, checking it first: the declared size is read from the
 * header before anything is decoded, so a file claiming 30,000 x 30,000 pixels is refused without filling
 * memory, and a damaged file is caught here rather than printed as garbage.
 */
final class PhotoDecoder {

    /** Longest side and total pixels a photo may declare; larger ones are refused before decoding. */
    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 50_000_000L;
    private static final float JPEG_QUALITY = 0.85f;

    /** Why a photo could not be used; the message is for the clinician. */
    static final class BadPhoto extends Exception {
        private static final long serialVersionUID = 1L;
        final String kind;
        final int width;
        final int height;

        BadPhoto(String kind, String reason, int width, int height) {
            super(reason);
            this.kind = kind;
            this.width = width;
            this.height = height;
        }
    }

    private PhotoDecoder() {
    }

    static PDImageXObject toXObject(PDDocument document, EmbeddedImage photo) throws BadPhoto, IOException {
        byte[] bytes = photo.data();
        BufferedImage image = decode(bytes);
        if ("image/jpeg".equals(photo.mediaType()) && image.getColorModel().getNumComponents() == 3) {
            // Already a JPEG the reader understood: store its bytes as they are, without a second compression.
            return JPEGFactory.createFromByteArray(document, bytes);
        }
        return JPEGFactory.createFromImage(document, onWhite(image), JPEG_QUALITY);
    }

    static BufferedImage decode(byte[] bytes) throws BadPhoto {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new BadPhoto("unsupported", "not a picture format", 0, 0);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
                    throw new BadPhoto("tooLarge", "declared size " + w + " x " + h, w, h);
                }
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.contains("png") && !format.contains("jpeg") && !format.contains("jpg")) {
                    throw new BadPhoto("unsupported", format, w, h);
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new BadPhoto("unreadable", "no picture in the data", w, h);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadPhoto("unreadable", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    0, 0);
        }
    }

    /** Transparent parts become white paper, since a JPEG has no transparency. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
