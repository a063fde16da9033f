package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The daily plan as the detailed handout prints it under "Your exercises": the lead line in bold, then a bullet
 * per session and per number of days a week ({@link PlanWords}), each number large and bold as in the dose band,
 * so that a reader with long sight takes in the day at a glance (sessions, minutes, days a week).
 */
final class PlanPanel {

    private PlanPanel() {}

    /**
     * The plan's lines, one block each; empty when there is no plan. With one session, what is spread over the day
     * and what is not done every day run on after the lead line instead of taking a bullet of its own: the lead is short, and page one of the
     * advanced program has no line to spare above its first exercise.
     */
    static List<Block> lines(LayoutContext l, float width) {
        Typography t = l.type;
        PlanWords.Lines plan = PlanWords.phrased(l.content.plan(), l.content.planNames(), l.labels);
        List<Block> lines = new ArrayList<>();
        if (plan.isEmpty()) {
            return lines;
        }
        List<SpanParagraph.Span> lead = spans(l, plan.lead(), t.bodyBold);
        boolean runOn = plan.sessions().isEmpty();
        if (runOn) {
            lead.addAll(spans(l, plan.spread(), t.body));
            if (!plan.spread().isEmpty() && !plan.days().isEmpty()) {
                addSpan(lead, l.labels.get("plan.sentence.end"), t.body);
            }
            lead.addAll(spans(l, plan.days(), t.body));
        }
        lines.add(SpanParagraph.of(l, lead, width));
        HangingMarker bullet = HangingMarker.bullet(l, t.body, t.scale(14));
        List<List<DoseWords.Phrase>> bullets = new ArrayList<>(plan.sessions());
        for (List<DoseWords.Phrase> extra : List.of(plan.spread(), plan.days())) {
            if (!runOn && !extra.isEmpty()) {
                bullets.add(extra);
            }
        }
        for (List<DoseWords.Phrase> line : bullets) {
            lines.add(SpanParagraph.marked(l, bullet, spans(l, line, t.body), width));
        }
        return lines;
    }

    /**
     * The phrases as spans in {@code style}, each number large and bold, in lines no taller than the text's own: a
     * figure has no descender, and the plan's height is taken from page one's first exercise.
     */
    private static List<SpanParagraph.Span> spans(LayoutContext l, List<DoseWords.Phrase> phrases, TextStyle style) {
        TextStyle number = l.type.tableNumber.withLeading(style.lineHeight() / l.type.tableNumber.size());
        List<SpanParagraph.Span> spans = new ArrayList<>();
        for (DoseWords.Phrase p : phrases) {
            addSpan(spans, p.before(), style);
            addSpan(spans, p.number(), number);
            addSpan(spans, p.after(), style);
        }
        return spans;
    }

    private static void addSpan(List<SpanParagraph.Span> spans, String text, TextStyle style) {
        if (!text.isEmpty()) {
            spans.add(new SpanParagraph.Span(text, style));
        }
    }
}
