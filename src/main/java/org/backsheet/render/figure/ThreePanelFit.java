package org.backsheet.render.figure;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
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
    private final List<String> words;
    /** The gap between pictures in a row, widened where their labels would touch. */
    private double rowGap = GAP;

    private final double x;
    private final double y;
    private final double width;
    private final double height;
    private final double w;
    private final double h;
    private final double labelSize;

    /** The labels as wrapped for one arrangement, their widths, and the band each needs over its picture. */
    private record Labels(List<String> words, double[] widths, double[] bands) {

        /** The band over a row of pictures {@code from} to {@code to}: as tall as its tallest label's. */
        double band(int from, int to) {
            double band = 0;
            for (int i = from; i < to; i++) {
                band = Math.max(band, bands[i]);
            }
            return band;
        }
    }

    /** {@code words}: each picture's label; {@code w}, {@code h}: the box less its margins. */
    ThreePanelFit(
            List<Rectangle2D> bounds,
            List<String> words,
            double x,
            double y,
            double width,
            double height,
            double w,
            double h,
            double labelSize) {
        this.b = bounds;
        this.words = words;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.w = w;
        this.h = h;
        this.labelSize = labelSize;
    }

    /** The labels wrapped to {@code maxWidths} (one per picture). */
    private Labels labels(double... maxWidths) {
        List<String> wrapped = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            wrapped.add(LabelPen.wrap(words.get(i), labelSize, maxWidths[i]));
        }
        double[] bands = new double[wrapped.size()];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = LabelPen.band(wrapped.get(i), labelSize);
        }
        return new Labels(wrapped, LabelPen.widths(wrapped, labelSize), bands);
    }

    PanelFit.Fit best() {
        double third = PanelFit.shareOf(w, 3, labelSize);
        double half = PanelFit.shareOf(w, 2, labelSize);
        Labels inRow = labels(third, third, third);
        // In the grid the third picture has a row of its own, and its label the whole width.
        Labels inGrid = labels(half, half, w);
        Labels inColumn = labels(w, w, w);
        double rowBand = inRow.band(0, 3);
        double gridBands = inGrid.band(0, 2) + inGrid.band(2, 3);
        double columnBands = inColumn.band(0, 1) + inColumn.band(1, 2) + inColumn.band(2, 3);
        double rowGap3 = PanelFit.rowGap(b, inRow.widths(), w, (h - rowBand) / rowHeight(0, 3), labelSize);
        double gridGap =
                PanelFit.rowGap(b.subList(0, 2), inGrid.widths(), w, (h - gridBands) / gridHeight(), labelSize);
        rowGap = rowGap3;
        double row = Math.min(w / rowWidth(0, 3), (h - rowBand) / rowHeight(0, 3));
        rowGap = gridGap;
        double grid = Math.min(w / Math.max(rowWidth(0, 2), b.get(2).getWidth()), (h - gridBands) / gridHeight());
        double column = Math.min(
                w
                        / Math.max(
                                b.get(0).getWidth(),
                                Math.max(b.get(1).getWidth(), b.get(2).getWidth())),
                (h - columnBands)
                        / (b.get(0).getHeight()
                                + b.get(1).getHeight()
                                + b.get(2).getHeight()
                                + GAP));
        if (row >= column && row >= grid) {
            rowGap = rowGap3;
            return rows(List.of(3), row, inRow);
        }
        return grid >= column ? rows(List.of(2, 1), grid, inGrid) : rows(List.of(1, 1, 1), column, inColumn);
    }

    private double gridHeight() {
        return rowHeight(0, 2) + b.get(2).getHeight() + GAP / 2;
    }

    /** The pictures in rows of the given sizes, at {@code s} device units per figure unit, centred in the box. */
    private PanelFit.Fit rows(List<Integer> sizes, double s, Labels labels) {
        double total = 0;
        int first = 0;
        for (int n : sizes) {
            total += labels.band(first, first + n) + rowHeight(first, first + n) * s;
            first += n;
        }
        total += GAP / 2 * s * (sizes.size() - 1);
        double top = y + height / 2 - total / 2;
        AffineTransform[] t = new AffineTransform[3];
        Double[] bands = new Double[3];
        first = 0;
        for (int n : sizes) {
            double band = labels.band(first, first + n);
            double rowH = rowHeight(first, first + n);
            double mid = top + band + rowH * s / 2;
            double left = x + width / 2 - rowWidth(first, first + n) * s / 2;
            double bandMid = (maxY(first, first + n) + minY(first, first + n)) / 2;
            for (int i = first; i < first + n; i++) {
                Rectangle2D r = b.get(i);
                t[i] = PanelFit.band(r, bandMid, s, left + r.getWidth() * s / 2, mid);
                bands[i] = band;
                left += (r.getWidth() + rowGap) * s;
            }
            top += band + rowH * s + GAP / 2 * s;
            first += n;
        }
        return new PanelFit.Fit(s, List.of(t), labelSize, labels.words(), List.of(bands));
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
