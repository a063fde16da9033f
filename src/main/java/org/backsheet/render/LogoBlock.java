package org.backsheet.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backsheet.model.EmbeddedImage;

/** The clinic logo, about 18 mm high, no wider than the space it is given. */
final class LogoBlock implements Block {

    static final float HEIGHT = 18f / 25.4f * 72f;

    private final PDImageXObject image;
    private final byte[] data;
    private final float width;
    private final float height;
    private final String alternativeText;

    private LogoBlock(PDImageXObject image, byte[] data, float width, float height, String alternativeText) {
        this.alternativeText = alternativeText;
        this.image = image;
        this.data = data;
        this.width = width;
        this.height = height;
    }

    /** The logo block, or null (with a warning) when there is no logo or it cannot be read. */
    static LogoBlock load(
            PDDocument document,
            EmbeddedImage logo,
            float maxWidth,
            String alternativeText,
            Warnings warnings,
            Messages messages) {
        if (logo == null) {
            return null;
        }
        PDImageXObject image;
        try {
            image = EmbeddedImages.toXObject(document, logo);
        } catch (IOException | RuntimeException e) {
            warnings.add(messages.unreadableLogo(String.valueOf(e.getMessage())));
            return null;
        }
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            warnings.add(messages.unreadableLogo("it has no pixels"));
            return null;
        }
        float aspect = (float) image.getWidth() / image.getHeight();
        float h = HEIGHT;
        float w = h * aspect;
        if (w > maxWidth) {
            w = maxWidth;
            h = w / aspect;
        }
        return new LogoBlock(image, logo.data(), w, h, alternativeText);
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        canvas.remember(data);
        canvas.tags().figure(alternativeText, () -> canvas.image(image, x, top - height, width, height));
    }
}
