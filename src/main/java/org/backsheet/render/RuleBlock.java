package org.backsheet.render;

import java.awt.Color;
import java.io.IOException;

/** A horizontal line across the content width, centred in its own height. */
final class RuleBlock implements Block {

    private final float width;
    private final float height;
    private final float thickness;
    private final Color color;

    RuleBlock(float width, float height, float thickness, Color color) {
        this.width = width;
        this.height = height;
        this.thickness = thickness;
        this.color = color;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        float y = top - height / 2;
        canvas.line(color, thickness, x, y, x + width, y);
    }
}
