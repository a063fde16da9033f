package org.backsheet.render;

import java.io.IOException;
import java.util.List;

/**
 * A block that a page break may not cut: the daily plan, which a patient reads as one list; or a lead-in line
 * that must also stay on the page of the block after it ({@link #keptWithNext}). Only a block taller than a whole
 * page is still split.
 */
final class Unbroken implements Block {

    private final Block inner;
    private final boolean keptWithNext;

    Unbroken(Block inner) {
        this(inner, false);
    }

    private Unbroken(Block inner, boolean keptWithNext) {
        this.inner = inner;
        this.keptWithNext = keptWithNext;
    }

    /** A lead-in line that a page break may not separate from the block after it. */
    static Unbroken keptWithNext(Block inner) {
        return new Unbroken(inner, true);
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

    /** Only when it is taller than a whole page; a lead-in line is never that tall. */
    @Override
    public List<Block> split(float maxHeight) {
        return keptWithNext ? List.of(this) : inner.split(maxHeight);
    }

    @Override
    public boolean keepsWithNext() {
        return keptWithNext;
    }
}
