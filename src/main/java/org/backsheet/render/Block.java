package org.backsheet.render;

import java.io.IOException;
import java.util.List;

/**
 * A measured piece of the handout: its width was fixed when it was built, its height is known before anything
 * is drawn, so pages can be filled exactly. Drawing only draws.
 */
interface Block {

    float height();

    /** Draws the block with its top-left corner at {@code (x, top)} in PDF user space. */
    void draw(PageCanvas canvas, float x, float top) throws IOException;

    /**
     * Pieces of this block, each at most {@code maxHeight} tall, in reading order; only called for a block taller
     * than a whole page. A block that cannot be split returns itself.
     */
    default List<Block> split(float maxHeight) {
        return List.of(this);
    }

    /**
     * This block cut where the page ends: a first part at most {@code remaining} tall and the rest, which starts
     * the next page ({@code nextPageHeight} tall). Null when the block must stay together or no cut leaves enough
     * on both sides (no single line of a paragraph alone at the foot or the head of a page). The idea is
     * pdfbox-layout's {@code Dividable}.
     */
    default Division divide(float remaining, float nextPageHeight) {
        return null;
    }

    /** True when this block must not end a page with nothing of what follows (a heading). */
    default boolean keepsWithNext() {
        return false;
    }

    /** A few words saying what this block is, for the layout snapshot of the golden tests. */
    default String describe() {
        return getClass().getSimpleName();
    }

    /** The two parts of a divided block. */
    record Division(Block head, Block tail) {}
}
