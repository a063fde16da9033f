package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The dose on the compact sheet as one plain sentence, "10 times on each side, hold 5 seconds, 2 times a day":
 * the phrases of {@link DoseWords} in their fixed order, joined by commas, the numbers bold. Commas take
 * less room than the detailed sheet's dots, which keeps most doses to two lines beside the picture.
 */
final class CompactDose {

    private CompactDose() {}

    /** The sentence, or null when the dose says nothing. */
    static SpanParagraph of(LayoutContext l, ExerciseContent entry, float width) {
        List<SpanParagraph.Span> spans = spans(l, entry);
        return spans.isEmpty() ? null : SpanParagraph.of(l, spans, width);
    }

    /** The sentence as styled runs, none when the dose says nothing. */
    static List<SpanParagraph.Span> spans(LayoutContext l, ExerciseContent entry) {
        List<DoseWords.Phrase> dose = DoseWords.brief(entry.item().effectiveDose(entry.exercise()), l.labels);
        CompactType c = new CompactType(l.type);
        List<SpanParagraph.Span> spans = new ArrayList<>();
        for (int i = 0; i < dose.size(); i++) {
            DoseWords.Phrase p = dose.get(i);
            if (i > 0) {
                spans.add(new SpanParagraph.Span(l.labels.get("dose.sentence.separator"), c.body));
            }
            String before = i == 0 ? p.before() : lowerFirst(l, p.before());
            String after = i == 0 || !p.before().isEmpty() ? p.after() : lowerFirst(l, p.after());
            spans.add(new SpanParagraph.Span(before, c.body));
            spans.add(new SpanParagraph.Span(p.number(), c.bold));
            spans.add(new SpanParagraph.Span(after, c.body));
        }
        return spans;
    }

    /** "Hold 5 seconds" inside the sentence reads "hold 5 seconds" (and the plan's "Session 2" "session 2"). */
    static String lowerFirst(LayoutContext l, String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.offsetByCodePoints(0, 1);
        return text.substring(0, first).toLowerCase(l.labels.locale()) + text.substring(first);
    }
}
