package org.backsheet.render;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A framed box around other blocks: the "Avoid these" box (outlined) and the disclaimer box (grey fill). */
final class BoxBlock implements Block {

    private final Block content;
    private final float width;
    private final float padding;
    private final Color fill;
    private final Color border;
    private final float borderWidth;

    BoxBlock(Block content, float width, float padding, Color fill, Color border) {
        this(content, width, padding, fill, border, 1f);
    }

    BoxBlock(Block content, float width, float padding, Color fill, Color border, float borderWidth) {
        this.borderWidth = borderWidth;
        this.content = content;
        this.width = width;
        this.padding = padding;
        this.fill = fill;
        this.border = border;
    }

    /** The width left for the content of a box {@code width} wide. */
    static float innerWidth(float width, float padding) {
        return width - 2 * padding;
    }

    @Override
    public String describe() {
        return "Box: " + content.describe();
    }

    @Override
    public float height() {
        return content.height() + 2 * padding;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        float h = height();
        float radius = padding / 2;
        if (fill != null) {
            canvas.fillRoundedRect(fill, x, top - h, width, h, radius);
        }
        if (border != null) {
            // stroke inside the box so the line never pokes past the margin
            float inset = borderWidth / 2;
            canvas.strokeRoundedRect(
                    border, borderWidth, x + inset, top - h + inset, width - borderWidth, h - borderWidth, radius);
        }
        content.draw(canvas, x + padding, top - padding);
    }

    /** A box continues on the next page as a second box of the same kind. */
    @Override
    public Division divide(float remaining, float nextPageHeight) {
        Division inner = content.divide(remaining - 2 * padding, nextPageHeight - 2 * padding);
        return inner == null
                ? null
                : new Division(
                        new BoxBlock(inner.head(), width, padding, fill, border, borderWidth),
                        new BoxBlock(inner.tail(), width, padding, fill, border, borderWidth));
    }

    @Override
    public List<Block> split(float maxHeight) {
        List<Block> pieces = new ArrayList<>();
        for (Block part : content.split(maxHeight - 2 * padding)) {
            pieces.add(new BoxBlock(part, width, padding, fill, border, borderWidth));
        }
        return pieces;
    }
}
