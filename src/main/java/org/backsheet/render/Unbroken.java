package org.backsheet.render;

import java.io.IOException;
import java.util.List;

/**
 * A block that a page break may not cut: the daily plan, which a patient reads as one list. Only a block taller
 * than a whole page is still split.
 */
final class Unbroken implements Block {

    private final Block inner;

    Unbroken(Block inner) {
        this.inner = inner;
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public float height() {
        return inner.height();
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        inner.draw(canvas, x, top);
    }

    /** Only when it is taller than a whole page. */
    @Override
    public List<Block> split(float maxHeight) {
        return inner.split(maxHeight);
    }
}
