package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The dose of one exercise as short lines in a light box, in the same order on every exercise (see
 * {@link DoseWords}): each number large and bold, the words around it at body size. A phrase too long for the
 * box wraps between words.
 */
final class DosePanel implements Block {

    private record Run(String text, TextStyle style) {
    }

    private record Line(List<Run> runs, float height, float baseline) {
    }

    /** The lines of one phrase: drawn and tagged together as one paragraph. */
    private record Phrase(List<Line> lines) {
        float height() {
            return lines.stream().map(Line::height).reduce(0f, Float::sum);
        }
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final float width;
    private final float pad;
    private final float gap;

    DosePanel(LayoutContext l, List<DoseWords.Phrase> dose, float width) {
        Typography t = l.type;
        this.width = width;
        this.pad = t.scale(6);
        this.gap = t.scale(2);
        float inner = width - 2 * pad;
        for (DoseWords.Phrase p : dose) {
            List<Run> words = new ArrayList<>();
            addWords(words, l.cleanLine(p.before()), t.tableValue);
            String number = l.cleanLine(p.number());
            if (!number.isEmpty()) {
                words.add(new Run(number, t.tableNumber));
            }
            addWords(words, l.cleanLine(p.after()), t.tableValue);
            phrases.add(new Phrase(wrap(words, inner, t)));
        }
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    private static void addWords(List<Run> words, String text, TextStyle style) {
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                words.add(new Run(w, style));
            }
        }
    }

    private static List<Line> wrap(List<Run> words, float width, Typography t) {
        List<Line> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float used = 0;
        for (Run w : words) {
            float space = line.isEmpty() ? 0 : t.tableValue.width(" ");
            float ww = w.style().width(w.text());
            if (!line.isEmpty() && used + space + ww > width) {
                lines.add(line(line));
                line = new ArrayList<>();
                used = 0;
                space = 0;
            }
            line.add(w);
            used += space + ww;
        }
        if (!line.isEmpty()) {
            lines.add(line(line));
        }
        return lines;
    }

    /** A line is as tall as its largest run; every run shares that run's baseline. */
    private static Line line(List<Run> runs) {
        TextStyle tallest = runs.get(0).style();
        for (Run r : runs) {
            if (r.style().lineHeight() > tallest.lineHeight()) {
                tallest = r.style();
            }
        }
        return new Line(List.copyOf(runs), tallest.lineHeight(), tallest.baselineOffset());
    }

    @Override
    public float height() {
        float h = 0;
        for (Phrase p : phrases) {
            h += p.height();
        }
        return h + gap * Math.max(0, phrases.size() - 1) + 2 * pad;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        canvas.fillRoundedRect(Typography.FILL, x, top - height(), width, height(), pad / 2);
        float y = top - pad;
        for (Phrase p : phrases) {
            float phraseTop = y;
            canvas.tags().element(StandardStructureTypes.P, () -> drawPhrase(canvas, p, x + pad, phraseTop));
            y -= p.height() + gap;
        }
    }

    private static void drawPhrase(PageCanvas canvas, Phrase p, float x, float top) throws IOException {
        float y = top;
        for (Line line : p.lines()) {
            float cx = x;
            for (Run r : line.runs()) {
                canvas.text(r.text(), r.style(), cx, y - line.baseline());
                cx += r.style().width(r.text() + " ");
            }
            y -= line.height();
        }
    }
}
