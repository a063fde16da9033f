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
}
