package org.backsheet.render.figure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backsheet.image.PictureBudget;
import org.backsheet.image.PictureException;
import org.backsheet.image.Pictures;
import org.backsheet.model.EmbeddedImage;

/**
 * Turns an embedded photo into a JPEG image XObject through {@link Pictures} (one set of limits for every
 * picture): the declared size is checked before anything is decoded, the photo is decoded at most at the
 * handout's picture size and charged to the handout's {@link PictureBudget}, and CMYK becomes RGB.
 */
final class PhotoDecoder {

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

    private PhotoDecoder() {}

    static PDImageXObject toXObject(PDDocument document, EmbeddedImage photo) throws BadPhoto, IOException {
        byte[] bytes = photo.data();
        try {
            Pictures.Header header = Pictures.header(bytes);
            if (Pictures.JPEG.equals(header.mediaType())
                    && header.plainColours()
                    && Math.max(header.width(), header.height()) <= Pictures.LONG_SIDE
                    && PictureBudget.of(document).take(header.pixels())) {
                // Already a JPEG of the right kind and size: stored as it is, without a second compression.
                return JPEGFactory.createFromByteArray(document, bytes);
            }
            BufferedImage image = Pictures.decode(bytes, Pictures.LONG_SIDE, PictureBudget.of(document));
            return JPEGFactory.createFromImage(document, Pictures.onWhite(image), JPEG_QUALITY);
        } catch (PictureException e) {
            throw new BadPhoto(
                    switch (e.kind()) {
                        case TOO_LARGE -> "tooLarge";
                        case UNSUPPORTED -> "unsupported";
                        default -> "unreadable";
                    },
                    e.getMessage(),
                    e.width(),
                    e.height());
        } catch (IllegalArgumentException e) {
            throw new BadPhoto("unreadable", "not a readable picture", 0, 0);
        }
    }
}
