package org.backsheet.render;

import java.io.IOException;

/** A block (a lead-in line) that a page break may not separate from the block after it. */
final class KeptWithNext implements Block {

    private final Block inner;

    KeptWithNext(Block inner) {
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

    @Override
    public boolean keepsWithNext() {
        return true;
    }
}
