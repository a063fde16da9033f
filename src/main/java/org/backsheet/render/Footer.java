package org.backsheet.render;

import java.io.IOException;
import java.util.List;

/**
 * The foot of every page, inside the bottom margin band: the short pointer to the safety box, at body size and
 * black so it is read, and "Page X of Y" (the one thing printed small).
 */
final class Footer {

    private final LayoutContext l;
    private final List<String> pointer;
    private final TextStyle style;
    private final TextStyle numberStyle;
    private final float width;
    private final float gapAbove;

    Footer(LayoutContext l, float width) {
        this.l = l;
        this.width = width;
        this.style = l.type.footer;
        this.numberStyle = l.type.pageNumber;
        this.gapAbove = 8;
        String widest = l.cleanLine(l.labels.format("footer.page", 888, 888));
        float pageLabel = l.width(widest, numberStyle) + l.type.scale(12);
        this.pointer = l.wrap(l.content.safety().footer(), style, width - pageLabel);
    }

    /** The height the footer takes from the bottom of the page body, including the space above its rule. */
    float height() {
        return gapAbove + Math.max(1, pointer.size()) * style.lineHeight();
    }

    /** Drawn as a pagination artifact: screen readers skip what repeats on every page. */
    void draw(PageCanvas canvas, float x, float bottom, int page, int pages) throws IOException {
        canvas.tags().footer(() -> drawFooter(canvas, x, bottom, page, pages));
    }

    private void drawFooter(PageCanvas canvas, float x, float bottom, int page, int pages) throws IOException {
        float top = bottom + Math.max(1, pointer.size()) * style.lineHeight();
        canvas.line(Typography.RULE, 0.75f, x, top + gapAbove / 2, x + width, top + gapAbove / 2);
        float y = top;
        for (String line : pointer) {
            canvas.textInBox(line, style, x, y);
            y -= style.lineHeight();
        }
        String label = l.cleanLine(l.labels.format("footer.page", page, pages));
        // on the pointer's first baseline, so the two read as one line
        canvas.text(label, numberStyle, x + width - l.width(label, numberStyle), top - style.baselineOffset());
    }
}
