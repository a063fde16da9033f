package org.backsheet.render.figure;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Places three pictures in a box, whichever way draws them largest: in a row (narrow pictures, such as a person
 * seen from the feet), one above the other, or two in a row with the third centred under them (wide, low
 * pictures of a person lying seen from the side). Pictures in one row share a height range, so their floors line
 * up; each picture has a band above it for its label.
 */
final class ThreePanelFit {

    private static final double GAP = PanelFit.GAP;

    private final List<Rectangle2D> b;
    private final double[] labelW;
    /** The gap between pictures in a row, widened where their labels would touch. */
    private double rowGap = GAP;

    private final double x;
    private final double y;
    private final double width;
    private final double height;
    private final double w;
    private final double h;
    private final double band;
    private final double labelSize;

    /**
     * {@code labelWidths}: each picture's label, in device units; {@code w}, {@code h}: the box less its margins;
     * {@code band}: the height of a label's band.
     */
    ThreePanelFit(
            List<Rectangle2D> bounds,
            double[] labelWidths,
            double x,
            double y,
            double width,
            double height,
            double w,
            double h,
            double band,
            double labelSize) {
        this.b = bounds;
        this.labelW = labelWidths;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.w = w;
        this.h = h;
        this.band = band;
        this.labelSize = labelSize;
    }

    PanelFit.Fit best() {
        double rowGap3 = PanelFit.rowGap(b, labelW, w, (h - band) / rowHeight(0, 3), labelSize);
        double gridGap = PanelFit.rowGap(b.subList(0, 2), labelW, w, (h - 2 * band) / gridHeight(), labelSize);
        rowGap = rowGap3;
        double row = Math.min(w / rowWidth(0, 3), (h - band) / rowHeight(0, 3));
        rowGap = gridGap;
        double grid = Math.min(w / Math.max(rowWidth(0, 2), b.get(2).getWidth()), (h - 2 * band) / gridHeight());
        double column = Math.min(
                w
                        / Math.max(
                                b.get(0).getWidth(),
                                Math.max(b.get(1).getWidth(), b.get(2).getWidth())),
                (h - 3 * band)
                        / (b.get(0).getHeight()
                                + b.get(1).getHeight()
                                + b.get(2).getHeight()
                                + GAP));
        if (row >= column && row >= grid) {
            rowGap = rowGap3;
            return rows(List.of(3), row);
        }
        return grid >= column ? rows(List.of(2, 1), grid) : rows(List.of(1, 1, 1), column);
    }

    private double gridHeight() {
        return rowHeight(0, 2) + b.get(2).getHeight() + GAP / 2;
    }

    /** The pictures in rows of the given sizes, at {@code s} device units per figure unit, centred in the box. */
    private PanelFit.Fit rows(List<Integer> sizes, double s) {
        double total = 0;
        int first = 0;
        for (int n : sizes) {
            total += band + rowHeight(first, first + n) * s;
            first += n;
        }
        total += GAP / 2 * s * (sizes.size() - 1);
        double top = y + height / 2 - total / 2;
        AffineTransform[] t = new AffineTransform[3];
        first = 0;
        for (int n : sizes) {
            double rowH = rowHeight(first, first + n);
            double mid = top + band + rowH * s / 2;
            double left = x + width / 2 - rowWidth(first, first + n) * s / 2;
            double bandMid = (maxY(first, first + n) + minY(first, first + n)) / 2;
            for (int i = first; i < first + n; i++) {
                Rectangle2D r = b.get(i);
                t[i] = PanelFit.band(r, bandMid, s, left + r.getWidth() * s / 2, mid);
                left += (r.getWidth() + rowGap) * s;
            }
            top += band + rowH * s + GAP / 2 * s;
            first += n;
        }
        return new PanelFit.Fit(s, List.of(t), labelSize);
    }

    private double rowWidth(int from, int to) {
        double sum = rowGap * (to - from - 1);
        for (int i = from; i < to; i++) {
            sum += b.get(i).getWidth();
        }
        return sum;
    }

    private double rowHeight(int from, int to) {
        return maxY(from, to) - minY(from, to);
    }

    private double maxY(int from, int to) {
        double m = -Double.MAX_VALUE;
        for (int i = from; i < to; i++) {
            m = Math.max(m, b.get(i).getMaxY());
        }
        return m;
    }

    private double minY(int from, int to) {
        double m = Double.MAX_VALUE;
        for (int i = from; i < to; i++) {
            m = Math.min(m, b.get(i).getMinY());
        }
        return m;
    }
}
