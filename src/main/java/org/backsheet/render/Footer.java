package org.backsheet.render;

import java.io.IOException;
import java.util.List;

/** The foot of every page, inside the bottom margin band: the short disclaimer and "Page X of Y". */
final class Footer {

    private final LayoutContext l;
    private final List<String> disclaimer;
    private final TextStyle style;
    private final float width;
    private final float gapAbove;

    Footer(LayoutContext l, float width) {
        this.l = l;
        this.width = width;
        this.style = l.type.footer;
        this.gapAbove = l.type.scale(8);
        String widest = l.cleanLine(l.labels.format("footer.page", 888, 888));
        float pageLabel = l.width(widest, style) + l.type.scale(16);
        String text = l.catalog.standardTexts(l.sheet.language()).shortDisclaimer();
        this.disclaimer = l.wrap(text == null ? "" : text, style, width - pageLabel);
    }

    /** The height the footer takes from the bottom of the page body, including the space above its rule. */
    float height() {
        return gapAbove + Math.max(1, disclaimer.size()) * style.lineHeight();
    }

    /** Drawn as a pagination artifact: screen readers skip what repeats on every page. */
    void draw(PageCanvas canvas, float x, float bottom, int page, int pages) throws IOException {
        canvas.tags().footer(() -> drawFooter(canvas, x, bottom, page, pages));
    }

    private void drawFooter(PageCanvas canvas, float x, float bottom, int page, int pages) throws IOException {
        float top = bottom + Math.max(1, disclaimer.size()) * style.lineHeight();
        canvas.line(Typography.RULE, 0.5f, x, top + gapAbove / 2, x + width, top + gapAbove / 2);
        float y = top;
        for (String line : disclaimer) {
            canvas.textInBox(line, style, x, y);
            y -= style.lineHeight();
        }
        String label = l.cleanLine(l.labels.format("footer.page", page, pages));
        canvas.textInBox(label, style, x + width - l.width(label, style), top);
    }
}
