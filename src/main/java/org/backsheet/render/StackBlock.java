package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Blocks stacked top to bottom with a fixed gap between them. */
final class StackBlock implements Block {

    private final List<Block> children;
    private final float gap;

    StackBlock(List<? extends Block> children, float gap) {
        this.children = List.copyOf(children);
        this.gap = gap;
    }

    boolean isEmpty() {
        return children.isEmpty();
    }

    @Override
    public String describe() {
        return children.isEmpty() ? "Stack" : children.get(0).describe();
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

    /**
     * Cut between two children, or inside the child that crosses the page end when that child can be divided;
     * never right after a child that keeps with the next one (a heading).
     */
    @Override
    public Division divide(float remaining, float nextPageHeight) {
        List<Block> head = new ArrayList<>();
        List<Block> tail = new ArrayList<>();
        float used = 0;
        int i = 0;
        for (; i < children.size(); i++) {
            Block b = children.get(i);
            float top = head.isEmpty() ? 0 : used + gap;
            if (top + b.height() > remaining) {
                Division inner = b.divide(remaining - top, nextPageHeight);
                if (inner != null) {
                    head.add(inner.head());
                    tail.add(inner.tail());
                    i++;
                }
                break;
            }
            head.add(b);
            used = top + b.height();
        }
        tail.addAll(children.subList(Math.min(i, children.size()), children.size()));
        while (!head.isEmpty() && head.get(head.size() - 1).keepsWithNext()) {
            tail.add(0, head.remove(head.size() - 1));
        }
        if (head.isEmpty() || tail.isEmpty()) {
            return null;
        }
        return new Division(new StackBlock(head, gap), new StackBlock(tail, gap));
    }

    @Override
    public boolean keepsWithNext() {
        return !children.isEmpty() && children.get(children.size() - 1).keepsWithNext();
    }

    /** Packs children into pieces, never ending one with a heading; a child taller than a piece is split itself. */
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
                // a heading at the end of a piece goes on with what it introduces
                List<Block> carried = new ArrayList<>();
                while (current.size() > 1 && current.get(current.size() - 1).keepsWithNext()) {
                    carried.add(0, current.remove(current.size() - 1));
                }
                pieces.add(new StackBlock(current, gap));
                current = carried;
                used = new StackBlock(carried, gap).height();
                needed = (current.isEmpty() ? 0 : gap) + b.height();
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
