package org.backsheet.render;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An exercise's video or web link as a QR code with a short caption ("Scan to watch") to its right, or under it
 * when the column is too narrow. The code keeps its quiet zone inside the block, so whatever the layout puts next
 * to the block cannot spoil the scan. A screen reader hears the link itself.
 */
final class QrCodeBlock implements Block {

    /** The least room beside the code for the caption; narrower columns put the caption below. */
    private static final float MIN_CAPTION_WIDTH = 60;

    private final QrCode code;
    private final String link;
    private final String altText;
    private final TextBlock caption;
    private final boolean captionBeside;

    private QrCodeBlock(QrCode code, String link, String altText, TextBlock caption, boolean captionBeside) {
        this.code = code;
        this.link = link;
        this.altText = altText;
        this.caption = caption;
        this.captionBeside = captionBeside;
    }

    /**
     * The block for {@code link} (an https address checked by the model) in a column {@code width} wide; the code
     * is at least 15 mm, larger in large print.
     */
    static QrCodeBlock of(LayoutContext l, String link, float width) {
        QrCode code = QrCode.of(link, l.type.scale(QrCode.MIN_SIZE));
        String text = l.labels.get("link.caption");
        float besideWidth = width - code.outerSize();
        boolean beside = besideWidth >= MIN_CAPTION_WIDTH;
        TextBlock caption = TextBlock.of(l, text, l.type.bodyBold, beside ? besideWidth : width);
        return new QrCodeBlock(code, link, l.labels.get("link.alt", link), caption, beside);
    }

    /** The width the code itself takes, quiet zone included. */
    float codeWidth() {
        return code.outerSize();
    }

    @Override
    public float height() {
        return captionBeside ? Math.max(code.outerSize(), caption.height()) : code.outerSize() + caption.height();
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        canvas.remember(link.getBytes(StandardCharsets.UTF_8));
        float quiet = (code.outerSize() - code.size()) / 2;
        canvas.tags().figure(altText, () -> {
            canvas.contents().setNonStrokingColor(Color.BLACK);
            code.fill(canvas.contents(), x + quiet, top - quiet);
        });
        if (captionBeside) {
            caption.draw(canvas, x + code.outerSize(), top - (code.outerSize() - caption.height()) / 2);
        } else {
            caption.draw(canvas, x, top - code.outerSize());
        }
    }
}
