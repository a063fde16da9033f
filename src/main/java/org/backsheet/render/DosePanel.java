package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The dose of one exercise in a light band, the same order on every exercise (see {@link DoseWords}): the
 * phrases one after the other ("10 times on each side · Hold 5 seconds each time · 2 times a day"), each
 * number large and bold, the words at body size. A line breaks between phrases where it can, inside a phrase
 * only between words.
 */
final class DosePanel implements Block {

    /** A word of phrase {@code phrase}, placed at {@code x} on line {@code line}. */
    private record Run(int phrase, String text, TextStyle style, int line, float x) {}

    private final List<Run> runs = new ArrayList<>();
    private final List<Float> lineTops = new ArrayList<>();
    private final List<Float> baselines = new ArrayList<>();
    private final int phraseCount;
    private final float width;
    private final float pad;
    private final float height;
    private final float dot;

    DosePanel(LayoutContext l, List<DoseWords.Phrase> dose, float width) {
        Typography t = l.type;
        TextStyle numberStyle = t.tableNumber;
        this.width = width;
        // thin padding and two spaces around the dot: in the text column beside the picture every point of width
        // decides whether the dose takes one line or two
        this.pad = 3;
        this.phraseCount = dose.size();
        this.dot = t.scale(3.5f);
        float inner = width - 2 * pad;
        float space = t.tableValue.width(" ");
        float sepWidth = dot + 3 * space;
        List<List<Run>> phrases = new ArrayList<>();
        for (int i = 0; i < dose.size(); i++) {
            DoseWords.Phrase p = dose.get(i);
            List<Run> words = new ArrayList<>();
            addWords(words, i, l.cleanLine(p.before()), t.tableValue);
            String number = l.cleanLine(p.number());
            if (!number.isEmpty()) {
                words.add(new Run(i, number, numberStyle, 0, 0));
            }
            addWords(words, i, l.cleanLine(p.after()), t.tableValue);
            phrases.add(words);
        }
        int line = 0;
        float x = 0;
        for (List<Run> phrase : phrases) {
            float phraseWidth = -space;
            for (Run r : phrase) {
                phraseWidth += space + r.style().width(r.text());
            }
            // the band keeps a phrase on one line where it can
            if (x > 0 && x + sepWidth + phraseWidth > inner) {
                line++;
                x = 0;
            } else if (x > 0) {
                x += sepWidth;
            }
            for (Run r : phrase) {
                float w = r.style().width(r.text());
                if (x > 0 && x + w > inner) {
                    line++;
                    x = 0;
                }
                runs.add(new Run(r.phrase(), r.text(), r.style(), line, x));
                x += w + space;
            }
            x -= space;
        }
        float y = 0;
        for (int i = 0; i <= line; i++) {
            TextStyle tallest = t.tableValue;
            for (Run r : runs) {
                if (r.line() == i && r.style().lineHeight() > tallest.lineHeight()) {
                    tallest = r.style();
                }
            }
            lineTops.add(y);
            baselines.add(y + tallest.baselineOffset());
            y += tallest.lineHeight();
        }
        this.height = runs.isEmpty() ? 0 : y + 2 * pad;
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    private static void addWords(List<Run> words, int phrase, String text, TextStyle style) {
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                words.add(new Run(phrase, w, style, 0, 0));
            }
        }
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        canvas.fillRoundedRect(Typography.FILL, x, top - height, width, height, pad / 2);
        float left = x + pad;
        float textTop = top - pad;
        for (int p = 0; p < phraseCount; p++) {
            int phrase = p;
            // each phrase is one paragraph for a screen reader; the dot between phrases is decoration
            canvas.tags().element(StandardStructureTypes.P, () -> {
                for (Run r : runs) {
                    if (r.phrase() == phrase) {
                        canvas.text(r.text(), r.style(), left + r.x(), textTop - baselines.get(r.line()));
                    }
                }
            });
        }
        canvas.tags().decoration(() -> drawSeparators(canvas, left, textTop));
    }

    /** A dot between two phrases that share a line: drawn, not text, so it is never read out. */
    private void drawSeparators(PageCanvas canvas, float left, float top) throws IOException {
        for (int i = 1; i < runs.size(); i++) {
            Run before = runs.get(i - 1);
            Run after = runs.get(i);
            if (after.phrase() != before.phrase() && after.line() == before.line()) {
                float end = before.x() + before.style().width(before.text());
                float cx = left + (end + after.x()) / 2;
                float cy = top - baselines.get(after.line()) + after.style().size() * 0.3f;
                canvas.fillRoundedRect(Typography.ACCENT, cx - dot / 2, cy - dot / 2, dot, dot, dot / 2);
            }
        }
    }
}
