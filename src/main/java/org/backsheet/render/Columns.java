package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list set in columns side by side, each column read to its end before the next; used where a list of short
 * items would otherwise take many half-empty lines (the warning signs, the things to avoid). Not divided: it is
 * short by construction.
 */
final class Columns implements Block {

    private final List<StackBlock> columns;
    private final float step;

    private Columns(List<StackBlock> columns, float step) {
        this.columns = List.copyOf(columns);
        this.step = step;
    }

    /**
     * The items in at most {@code count} columns across {@code width}: the number of columns and the cuts that
     * come out lowest, or the items in one column when that is not taller. {@code item} builds one item for a
     * given width.
     */
    static Block of(
            List<String> texts,
            Function<Float, Function<String, Block>> item,
            int count,
            float width,
            float gap,
            float columnGap) {
        Block best = new StackBlock(texts.stream().map(item.apply(width)).toList(), gap);
        for (int n = 2; n <= count && n < texts.size(); n++) {
            float columnWidth = (width - columnGap * (n - 1)) / n;
            List<Block> narrow = texts.stream().map(item.apply(columnWidth)).toList();
            Columns c = best(narrow, n, gap, columnWidth + columnGap);
            if (c != null && c.height() < best.height()) {
                best = c;
            }
        }
        return best;
    }

    /** Tries every way of cutting the items into {@code count} runs in order; the lowest wins. */
    private static Columns best(List<Block> items, int count, float gap, float step) {
        Columns best = null;
        for (List<Integer> cuts : cuts(items.size(), count)) {
            List<StackBlock> columns = new ArrayList<>();
            int from = 0;
            for (int cut : cuts) {
                columns.add(new StackBlock(items.subList(from, cut), gap));
                from = cut;
            }
            // no column shorter than the one after it, so the eye finds the next column's top in line
            boolean descending = true;
            for (int i = 1; i < columns.size(); i++) {
                descending &= columns.get(i - 1).height() >= columns.get(i).height();
            }
            Columns c = new Columns(columns, step);
            if (descending && (best == null || c.height() < best.height())) {
                best = c;
            }
        }
        return best;
    }

    /** The ends of the runs (each at least one item) for every way of cutting {@code n} items into {@code k}. */
    private static List<List<Integer>> cuts(int n, int k) {
        List<List<Integer>> out = new ArrayList<>();
        if (k == 1) {
            out.add(List.of(n));
            return out;
        }
        for (int first = 1; first <= n - (k - 1); first++) {
            for (List<Integer> rest : cuts(n - first, k - 1)) {
                List<Integer> ends = new ArrayList<>(List.of(first));
                for (int end : rest) {
                    ends.add(first + end);
                }
                out.add(ends);
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return "Columns " + columns.get(0).describe();
    }

    @Override
    public float height() {
        float h = 0;
        for (StackBlock c : columns) {
            h = Math.max(h, c.height());
        }
        return h;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).draw(canvas, x + i * step, top);
        }
    }

    /** For an oversized box only: the columns one after the other. */
    @Override
    public List<Block> split(float maxHeight) {
        return new StackBlock(new ArrayList<>(columns), 0).split(maxHeight);
    }
}
