package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily plan as the detailed handout prints it under "Your exercises": the lead line in bold, then a bullet
 * per session and per number of days a week ({@link PlanWords}), each number large and bold as in the dose band,
 * so that a reader with long sight takes in the day at a glance (sessions, minutes, days a week).
 */
final class PlanPanel {

    private PlanPanel() {}

    /** The plan's lines, one block each; empty when there is no plan. */
    static List<Block> lines(LayoutContext l, float width) {
        Typography t = l.type;
        List<List<DoseWords.Phrase>> plan = PlanWords.phrased(l.content.plan(), l.labels);
        List<Block> lines = new ArrayList<>();
        if (plan.isEmpty()) {
            return lines;
        }
        lines.add(paragraph(l, plan.get(0), t.bodyBold, width));
        float indent = t.scale(14);
        for (List<DoseWords.Phrase> line : plan.subList(1, plan.size())) {
            lines.add(new Bullet(l, paragraph(l, line, t.body, width - indent), t.body, indent));
        }
        return lines;
    }

    /**
     * The phrases as one paragraph in {@code style}, each number large and bold, in lines no taller than the text's
     * own: a figure has no descender, and the plan's height is taken from page one's first exercise.
     */
    private static SpanParagraph paragraph(LayoutContext l, List<DoseWords.Phrase> phrases, TextStyle style, float w) {
        TextStyle number = l.type.tableNumber.withLeading(style.lineHeight() / l.type.tableNumber.size());
        List<SpanParagraph.Span> spans = new ArrayList<>();
        for (DoseWords.Phrase p : phrases) {
            addSpan(spans, p.before(), style);
            addSpan(spans, p.number(), number);
            addSpan(spans, p.after(), style);
        }
        return SpanParagraph.of(l, spans, w);
    }

    private static void addSpan(List<SpanParagraph.Span> spans, String text, TextStyle style) {
        if (!text.isEmpty()) {
            spans.add(new SpanParagraph.Span(text, style));
        }
    }

    /** A bullet hanging left of a paragraph of mixed sizes, on its first baseline; a list item for a screen reader. */
    private static final class Bullet implements Block {

        private final SpanParagraph text;
        private final TextStyle marker;
        private final float indent;

        Bullet(LayoutContext l, SpanParagraph text, TextStyle style, float indent) {
            this.text = text;
            this.marker = style.withFont(l.type.fonts.bold).withColor(Typography.ACCENT);
            this.indent = indent;
        }

        @Override
        public float height() {
            return text.height();
        }

        @Override
        public String describe() {
            return "\u2022 " + text.describe();
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top) throws IOException {
            canvas.tags()
                    .listItem(
                            () -> canvas.text("\u2022", marker, x, top - text.firstBaseline()),
                            () -> text.draw(canvas, x + indent, top));
        }
    }
}
