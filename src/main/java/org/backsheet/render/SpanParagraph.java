package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * One paragraph of text in several styles that wraps as one: bold words leading plain ones ("Stop and get
 * emergency care now: ... if you notice any of these: Trouble passing urine; ..."), or labels and values on a
 * header line. The compact sheet runs its lists on this way; a bold part longer than the line wraps like the
 * rest instead of running off it. Styles should share a size, so every line has the same height.
 */
final class SpanParagraph implements Block {

    /** A run of text in one style. */
    record Span(String text, TextStyle style) {}

    /** A word placed on a line; {@code part} says which of the paragraph's tagged parts it belongs to. */
    private record Word(String text, TextStyle style, float x, boolean glued, int part) {}

    private final List<List<Word>> lines;
    private final float lineHeight;
    private final float baseline;
    /** The tag of each part: one for a plain paragraph, two for a heading with its text run on after it. */
    private final List<String> tags;
    /** A bullet hanging left of the paragraph, which then is a list item's body; {@link HangingMarker#NONE}. */
    private final HangingMarker marker;

    private SpanParagraph(
            List<List<Word>> lines, float lineHeight, float baseline, List<String> tags, HangingMarker marker) {
        this.lines = List.copyOf(lines);
        this.lineHeight = lineHeight;
        this.baseline = baseline;
        this.tags = List.copyOf(tags);
        this.marker = marker;
    }

    /** The same paragraph tagged as {@code structureType} (a heading level, say). */
    SpanParagraph as(String structureType) {
        List<String> retagged = new ArrayList<>(tags);
        retagged.set(0, structureType);
        return new SpanParagraph(lines, lineHeight, baseline, retagged, marker);
    }

    /** Bold (or otherwise styled) {@code lead}, then {@code text} running on after it. */
    static SpanParagraph lead(
            LayoutContext l, String lead, TextStyle leadStyle, String text, TextStyle style, float width) {
        return of(l, List.of(new Span(lead, leadStyle), new Span(text, style)), width);
    }

    static SpanParagraph of(LayoutContext l, List<Span> spans, float width) {
        return of(l, spans, List.of(), width, StandardStructureTypes.P);
    }

    /** A list item: {@code marker} hanging left of the spans, which wrap in the rest of {@code width}. */
    static SpanParagraph marked(LayoutContext l, HangingMarker marker, List<Span> spans, float width) {
        SpanParagraph text = of(l, spans, width - marker.indent());
        return new SpanParagraph(text.lines, text.lineHeight, text.baseline, text.tags, marker);
    }

    /**
     * A heading ({@code head}, tagged {@code headTag}) with a paragraph ({@code rest}) running on after it on its
     * last line: for a screen reader still a heading and then a paragraph.
     */
    static SpanParagraph headed(LayoutContext l, List<Span> head, String headTag, List<Span> rest, float width) {
        return of(l, head, rest, width, headTag);
    }

    private static SpanParagraph of(LayoutContext l, List<Span> head, List<Span> rest, float width, String headTag) {
        List<Span> spans = new ArrayList<>(head);
        spans.addAll(rest);
        float lineHeight = 0;
        float baseline = 0;
        for (Span s : spans) {
            lineHeight = Math.max(lineHeight, s.style().lineHeight());
            baseline = Math.max(baseline, s.style().baselineOffset());
        }
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float x = 0;
        boolean openEnd = false;
        for (int si = 0; si < spans.size(); si++) {
            Span s = spans.get(si);
            int part = si < head.size() ? 0 : 1;
            float space = s.style().width(" ");
            String text = l.cleanLine(s.text());
            // punctuation right after a word stays on it ("side" + ", hold"); other spans are words of their own
            boolean glued = openEnd && startsWithPunctuation(s.text());
            if (!s.text().isEmpty()) {
                openEnd = !Character.isWhitespace(s.text().charAt(s.text().length() - 1));
            }
            for (String w : text.split(" ")) {
                if (w.isEmpty()) {
                    glued = false;
                    continue;
                }
                for (String piece : pieces(w, s.style(), width)) {
                    float ww = s.style().width(piece);
                    boolean onWord = glued && !line.isEmpty();
                    float at = line.isEmpty() ? 0 : x + (onWord ? 0 : space);
                    glued = false;
                    if (!line.isEmpty() && at + ww > width) {
                        // a comma never starts a line: the word it belongs to moves down with it
                        List<Word> carried = onWord ? carried(line) : List.of();
                        lines.add(line);
                        line = new ArrayList<>(carried);
                        Word last = line.isEmpty() ? null : line.get(line.size() - 1);
                        at = last == null ? 0 : last.x() + last.style().width(last.text());
                        onWord = onWord && !line.isEmpty();
                    }
                    line.add(new Word(piece, s.style(), at, onWord, part));
                    x = at + ww;
                }
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return new SpanParagraph(
                lines,
                lineHeight,
                baseline,
                rest.isEmpty() ? List.of(headTag) : List.of(headTag, StandardStructureTypes.P),
                HangingMarker.NONE);
    }

    /**
     * Takes the last word off {@code line}, with the words glued before it, and returns them moved to the start of
     * a line; nothing when that would empty the line (one word wider than the line stays where it is).
     */
    private static List<Word> carried(List<Word> line) {
        int from = line.size() - 1;
        while (from > 0 && line.get(from).glued()) {
            from--;
        }
        if (from == 0) {
            return List.of();
        }
        List<Word> moved = new ArrayList<>(line.subList(from, line.size()));
        line.subList(from, line.size()).clear();
        float shift = moved.get(0).x();
        List<Word> rebased = new ArrayList<>();
        for (int i = 0; i < moved.size(); i++) {
            Word w = moved.get(i);
            rebased.add(new Word(w.text(), w.style(), w.x() - shift, i > 0 && w.glued(), w.part()));
        }
        return rebased;
    }

    private static boolean startsWithPunctuation(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int type = Character.getType(text.codePointAt(0));
        return type == Character.OTHER_PUNCTUATION || type == Character.END_PUNCTUATION;
    }

    /** A word wider than the line, cut between characters (a long web address); any other word whole. */
    private static List<String> pieces(String word, TextStyle style, float width) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (from < word.length()) {
            int to = word.length();
            while (to > from + 1 && style.width(word.substring(from, to)) > width) {
                to = word.offsetByCodePoints(to, -1);
            }
            pieces.add(word.substring(from, to));
            from = to;
        }
        return pieces;
    }

    int lineCount() {
        return lines.size();
    }

    /** How far below the top the first line's baseline is: where a bullet beside the paragraph sits. */
    float firstBaseline() {
        return baseline;
    }

    @Override
    public float height() {
        return lines.size() * lineHeight;
    }

    @Override
    public String describe() {
        return marker.describe(lines.get(0).isEmpty() ? "" : lines.get(0).get(0).text());
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        if (marker.equals(HangingMarker.NONE)) {
            drawParts(canvas, x, top);
        } else {
            marker.draw(
                    canvas,
                    StandardStructureTypes.LI,
                    x,
                    top - baseline,
                    () -> drawParts(canvas, x + marker.indent(), top));
        }
    }

    private void drawParts(PageCanvas canvas, float x, float top) throws IOException {
        for (int p = 0; p < tags.size(); p++) {
            int part = p;
            canvas.tags().element(tags.get(p), () -> drawPart(canvas, x, top, part));
        }
    }

    private void drawPart(PageCanvas canvas, float x, float top, int part) throws IOException {
        float y = top - baseline;
        for (List<Word> line : lines) {
            // words of one style next to each other print as one run, so text extraction keeps the spaces
            int i = 0;
            while (i < line.size()) {
                Word first = line.get(i);
                StringBuilder run = new StringBuilder(first.text());
                int j = i + 1;
                while (j < line.size()
                        && line.get(j).style() == first.style()
                        && line.get(j).part() == first.part()) {
                    run.append(line.get(j).glued() ? "" : " ")
                            .append(line.get(j).text());
                    j++;
                }
                if (first.part() == part) {
                    canvas.text(run.toString(), first.style(), x + first.x(), y);
                }
                i = j;
            }
            y -= lineHeight;
        }
    }

    /** Only for a paragraph taller than a page (absurdly long text): pieces of as many lines as fit. */
    @Override
    public List<Block> split(float maxHeight) {
        int per = Math.max(1, (int) Math.floor(maxHeight / lineHeight));
        List<Block> pieces = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += per) {
            pieces.add(new SpanParagraph(
                    lines.subList(from, Math.min(lines.size(), from + per)),
                    lineHeight,
                    baseline,
                    tags,
                    from == 0 ? marker : marker.continued()));
        }
        return pieces;
    }

    /** At least two lines on each side of the cut, as for any paragraph. */
    @Override
    public Division divide(float remaining, float nextPageHeight) {
        int cut = Math.min((int) Math.floor(remaining / lineHeight), lines.size() - 2);
        if (cut < 2) {
            return null;
        }
        return new Division(
                new SpanParagraph(lines.subList(0, cut), lineHeight, baseline, tags, marker),
                new SpanParagraph(lines.subList(cut, lines.size()), lineHeight, baseline, tags, marker.continued()));
    }
}
