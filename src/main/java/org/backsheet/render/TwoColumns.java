package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list set in two columns side by side, the first column read to its end before the second; used where a list
 * of short items would otherwise take many half-empty lines. Not divided: it is short by construction.
 */
final class TwoColumns implements Block {

    private final StackBlock left;
    private final StackBlock right;
    private final float rightX;

    private TwoColumns(StackBlock left, StackBlock right, float rightX) {
        this.left = left;
        this.right = right;
        this.rightX = rightX;
    }

    /**
     * The items in two columns, split where the columns come out most even, or null when one column of
     * {@code single} is not taller (nothing saved).
     */
    static TwoColumns ifShorter(List<Block> items, float gap, float columnX, StackBlock single) {
        TwoColumns best = null;
        for (int k = 1; k < items.size(); k++) {
            TwoColumns c = new TwoColumns(
                    new StackBlock(items.subList(0, k), gap),
                    new StackBlock(items.subList(k, items.size()), gap),
                    columnX);
            // the first column is never the shorter one, so the eye finds the second column's top in line
            if (c.left.height() >= c.right.height() && (best == null || c.height() < best.height())) {
                best = c;
            }
        }
        return best != null && best.height() < single.height() ? best : null;
    }

    @Override
    public String describe() {
        return "Columns " + left.describe();
    }

    @Override
    public float height() {
        return Math.max(left.height(), right.height());
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        left.draw(canvas, x, top);
        right.draw(canvas, x + rightX, top);
    }

    /** For an oversized box only: the columns one after the other. */
    @Override
    public List<Block> split(float maxHeight) {
        List<Block> both = new ArrayList<>(List.of(left, right));
        return new StackBlock(both, 0).split(maxHeight);
    }
}
