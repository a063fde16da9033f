package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Blocks stacked top to bottom with a fixed gap between them. */
final class StackBlock implements Block {

    private final List<Block> children;
    private final float gap;

    StackBlock(List<Block> children, float gap) {
        this.children = List.copyOf(children);
        this.gap = gap;
    }

    boolean isEmpty() {
        return children.isEmpty();
    }

    @Override
    public float height() {
        float h = 0;
        for (Block b : children) {
            h += b.height();
        }
        return h + gap * Math.max(0, children.size() - 1);
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        float y = top;
        for (Block b : children) {
            b.draw(canvas, x, y);
            y -= b.height() + gap;
        }
    }

    /** Packs children into pieces; a child taller than a piece is split itself. */
    @Override
    public List<Block> split(float maxHeight) {
        List<Block> flat = new ArrayList<>();
        for (Block b : children) {
            flat.addAll(b.height() > maxHeight ? b.split(maxHeight) : List.of(b));
        }
        List<Block> pieces = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        float used = 0;
        for (Block b : flat) {
            float needed = (current.isEmpty() ? 0 : gap) + b.height();
            if (!current.isEmpty() && used + needed > maxHeight) {
                pieces.add(new StackBlock(current, gap));
                current = new ArrayList<>();
                used = 0;
                needed = b.height();
            }
            current.add(b);
            used += needed;
        }
        if (!current.isEmpty()) {
            pieces.add(new StackBlock(current, gap));
        }
        return pieces;
    }
}
