package org.backsheet.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.backsheet.render.pdf.TaggedContent.Drawing;

/**
 * A marker (bullet, step or exercise number, a header's label) in the indent left of a text, on the baseline of
 * the text's first line even when the sizes differ: the one drawing of it, for text of one style ({@link TextBlock})
 * and of mixed sizes ({@link SpanParagraph}, the daily plan's lines). In a list item it is the item's label for a
 * screen reader. {@code text} is null on the pieces after the first of a text divided across pages: they keep the
 * indent, not the marker.
 */
record HangingMarker(String text, TextStyle style, float indent) {

    /** No marker and no indent: plain text. */
    static final HangingMarker NONE = new HangingMarker(null, null, 0);

    /** The handout's bullet before text in {@code textStyle}: the same size, bold, in the accent colour. */
    static HangingMarker bullet(LayoutContext l, TextStyle textStyle, float indent) {
        return new HangingMarker("\u2022", textStyle.withFont(l.type.fonts.bold).withColor(Typography.ACCENT), indent);
    }

    /** The same indent without the marker: the continuation of a divided text. */
    HangingMarker continued() {
        return new HangingMarker(null, style, indent);
    }

    /** The marker and {@code text}'s first line, as a block's description reads. */
    String describe(String firstLine) {
        return text == null ? firstLine : text + " " + firstLine;
    }

    /**
     * Draws the marker at {@code x} on {@code baseline} and then {@code body} (which draws itself {@link #indent}
     * further right), as one structure element {@code tag}: a list item (LI) takes the marker as its label, any other
     * element holds both.
     */
    void draw(PageCanvas canvas, String tag, float x, float baseline, Drawing body) throws IOException {
        Drawing marker = text == null ? null : () -> canvas.text(text, style, x, baseline);
        if (StandardStructureTypes.LI.equals(tag)) {
            canvas.tags().listItem(marker, body);
            return;
        }
        canvas.tags().element(tag, () -> {
            if (marker != null) {
                marker.draw();
            }
            body.draw();
        });
    }
}
