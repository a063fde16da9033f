package org.backsheet.render;

/**
 * A block in the handout's reading order with how it sits among its neighbours: the space above it (dropped at
 * the top of a page), whether a thin rule is drawn in that space, and whether it must stay on the same page as
 * the next item (a heading with its first exercise).
 */
record FlowItem(Block block, float spaceBefore, boolean ruleBefore, boolean keepWithNext, boolean newPage) {

    static FlowItem of(Block block, float spaceBefore) {
        return new FlowItem(block, spaceBefore, false, false, false);
    }

    FlowItem keptWithNext() {
        return new FlowItem(block, spaceBefore, ruleBefore, true, newPage);
    }

    FlowItem keptWith(boolean keep) {
        return new FlowItem(block, spaceBefore, ruleBefore, keep, newPage);
    }

    FlowItem withRule() {
        return new FlowItem(block, spaceBefore, true, keepWithNext, newPage);
    }
}
