package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Wrapped lines of one style, optionally with a marker (bullet, step number) hanging in the left indent. */
final class TextBlock implements Block {

    private final List<String> lines;
    private final TextStyle style;
    private final String marker;
    private final TextStyle markerStyle;
    private final float indent;

    private TextBlock(List<String> lines, TextStyle style, String marker, TextStyle markerStyle, float indent) {
        this.lines = List.copyOf(lines);
        this.style = style;
        this.marker = marker;
        this.markerStyle = markerStyle;
        this.indent = indent;
    }

    /** Plain wrapped text. */
    static TextBlock of(LayoutContext l, String text, TextStyle style, float width) {
        return new TextBlock(l.wrap(text, style, width), style, null, null, 0);
    }

    /** Text with a marker such as "•" or "3." in a hanging indent. */
    static TextBlock marked(LayoutContext l, String marker, TextStyle markerStyle, float indent, String text,
                            TextStyle style, float width) {
        return new TextBlock(l.wrap(text, style, width - indent), style, l.clean(marker), markerStyle, indent);
    }

    @Override
    public float height() {
        return lines.size() * style.lineHeight();
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        if (marker != null && !lines.isEmpty()) {
            // the marker shares the first line's baseline even when its size differs
            canvas.text(marker, markerStyle, x, top - style.baselineOffset());
        }
        float y = top;
        for (String line : lines) {
            canvas.textInBox(line, style, x + indent, y);
            y -= style.lineHeight();
        }
    }

    @Override
    public List<Block> split(float maxHeight) {
        int perPiece = Math.max(1, (int) Math.floor(maxHeight / style.lineHeight()));
        List<Block> pieces = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += perPiece) {
            List<String> part = lines.subList(i, Math.min(lines.size(), i + perPiece));
            pieces.add(new TextBlock(part, style, i == 0 ? marker : null, markerStyle, indent));
        }
        return pieces;
    }
}
