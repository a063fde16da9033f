package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * Wrapped lines of one style, optionally with a marker (bullet, step number) hanging in the left indent. Its tag
 * says what it is to a screen reader: a paragraph (P, the default), a heading (H1...), or a list item (LI: the
 * marker becomes the item's label).
 */
final class TextBlock implements Block {

    private final List<String> lines;
    private final TextStyle style;
    /** The marker or run-in label; {@link HangingMarker#NONE} for plain text. */
    private final HangingMarker marker;

    private final String tag;
    /** A run-in label: the marker starts the first line and only that line is indented. */
    private final boolean runIn;

    private TextBlock(List<String> lines, TextStyle style, HangingMarker marker) {
        this(lines, style, marker, StandardStructureTypes.P, false);
    }

    private TextBlock(List<String> lines, TextStyle style, HangingMarker marker, String tag, boolean runIn) {
        this.tag = tag;
        this.runIn = runIn;
        this.lines = List.copyOf(lines);
        this.style = style;
        this.marker = marker;
    }

    /** Plain wrapped text. */
    static TextBlock of(LayoutContext l, String text, TextStyle style, float width) {
        return new TextBlock(l.wrap(text, style, width), style, HangingMarker.NONE);
    }

    /** Lines already cleaned and wrapped, as they are. */
    static TextBlock ofLines(List<String> cleanLines, TextStyle style) {
        return new TextBlock(cleanLines, style, HangingMarker.NONE);
    }

    /** Text with a marker such as "•" or "3." in a hanging indent. */
    static TextBlock marked(
            LayoutContext l,
            String marker,
            TextStyle markerStyle,
            float indent,
            String text,
            TextStyle style,
            float width) {
        return marked(l, new HangingMarker(l.clean(marker), markerStyle, indent), text, style, width);
    }

    /** Text after {@code marker}, wrapped in the rest of {@code width}. */
    static TextBlock marked(LayoutContext l, HangingMarker marker, String text, TextStyle style, float width) {
        return new TextBlock(l.wrap(text, style, width - marker.indent()), style, marker);
    }

    /** Text led by a bold label on its first line ("Take care: ..."); the following lines use the full width. */
    static TextBlock runIn(
            LayoutContext l, String label, TextStyle labelStyle, String text, TextStyle style, float width) {
        String cleanLabel = l.cleanLine(label);
        float indent = l.width(cleanLabel + " ", labelStyle);
        return new TextBlock(
                l.wrap(text, style, width, width - indent),
                style,
                new HangingMarker(cleanLabel, labelStyle, indent),
                StandardStructureTypes.P,
                true);
    }

    /** The same text tagged as {@code structureType} (a {@link StandardStructureTypes} name, or LI). */
    TextBlock as(String structureType) {
        return new TextBlock(lines, style, marker, structureType, runIn);
    }

    int lineCount() {
        return lines.size();
    }

    /** The height of one of its lines. */
    float lineHeight() {
        return style.lineHeight();
    }

    @Override
    public String describe() {
        return marker.describe(lines.isEmpty() ? "" : lines.get(0));
    }

    @Override
    public float height() {
        return lines.size() * style.lineHeight();
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        HangingMarker drawn = lines.isEmpty() ? marker.continued() : marker;
        // the marker shares the first line's baseline even when its size differs
        drawn.draw(canvas, tag, x, top - style.baselineOffset(), () -> drawLines(canvas, x, top));
    }

    private void drawLines(PageCanvas canvas, float x, float top) throws IOException {
        float indent = marker.indent();
        for (int i = 0; i < lines.size(); i++) {
            boolean indented = !runIn || i == 0;
            float lineX = indented ? x + indent : x;
            canvas.textInBox(lines.get(i), style, lineX, top - i * style.lineHeight());
        }
    }

    /** At least two lines stay on each side of the cut: no widow or orphan line. */
    @Override
    public Division divide(float remaining, float nextPageHeight) {
        int fit = (int) Math.floor(remaining / style.lineHeight());
        int cut = Math.min(fit, lines.size() - 2);
        if (cut < 2 || isHeading()) {
            return null;
        }
        return new Division(piece(0, cut), piece(cut, lines.size()));
    }

    /** Lines {@code from} to {@code to}: a run-in label's continuation uses the full width, a marker's its indent. */
    private TextBlock piece(int from, int to) {
        HangingMarker pieceMarker = from == 0 ? marker : runIn ? HangingMarker.NONE : marker.continued();
        return new TextBlock(lines.subList(from, to), style, pieceMarker, tag, runIn);
    }

    /** A heading (H1 to H6) keeps with what follows it. */
    @Override
    public boolean keepsWithNext() {
        return isHeading();
    }

    private boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'H' && Character.isDigit(tag.charAt(1));
    }

    @Override
    public List<Block> split(float maxHeight) {
        int perPiece = Math.max(1, (int) Math.floor(maxHeight / style.lineHeight()));
        List<Block> pieces = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += perPiece) {
            pieces.add(piece(i, Math.min(lines.size(), i + perPiece)));
        }
        return pieces;
    }
}
