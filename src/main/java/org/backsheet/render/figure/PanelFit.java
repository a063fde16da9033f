package org.backsheet.render.figure;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a figure's pictures into a box: one picture as large as it goes; two side by side or one above the other,
 * whichever draws them larger (pictures of a person lying always stack); three through {@link ThreePanelFit}. Pictures
 * side by side are moved apart when their labels would otherwise touch, so a small box never prints
 * "StartFinish" as one word. A label wider than its picture's share of the box is wrapped onto more lines, and
 * the band above the pictures grows to hold them.
 */
final class PanelFit {

    /** Space kept free around the drawing, as a share of the box's smaller side. */
    private static final double MARGIN = 0.03;
    /** Space between pictures, in figure units. */
    static final double GAP = 0.14;
    /** The room kept beside a label side by side when it is wrapped, as a share of the label size. */
    private static final double LABEL_SPACE = 0.6;
    /**
     * The least space between two labels side by side, as a share of the label size: at about one space apart,
     * two captions read as one sentence ("Back on Bend knees, / the wall slide down"), so the pictures move apart.
     */
    private static final double LABEL_GAP = 1.8;

    /**
     * Where each picture lands: the transform from figure units (y up) to the box (y down), the label size, each
     * picture's label as wrapped for this layout (lines separated by {@code \n}), and the height of the band
     * above each picture that holds its label.
     */
    record Fit(
            double scale, List<AffineTransform> transforms, double labelSize, List<String> words, List<Double> bands) {}

    private PanelFit() {}

    /** Fits pictures of extent {@code b} (figure units) labelled {@code words} (one per picture when several). */
    static Fit fit(List<Rectangle2D> b, List<String> words, double x, double y, double width, double height) {
        double margin = MARGIN * Math.min(width, height);
        double w = Math.max(1e-6, width - 2 * margin);
        double h = Math.max(1e-6, height - 2 * margin);
        double labelSize = Math.max(6, Math.min(13, Math.min(width, height * 1.4) * 0.055));
        if (b.size() == 1) {
            Rectangle2D r = b.get(0);
            if (words.isEmpty()) {
                double scale = Math.min(w / r.getWidth(), h / r.getHeight());
                return new Fit(
                        scale, List.of(place(r, scale, x + width / 2, y + height / 2)), 0, List.of(), List.of(0.0));
            }
            // A held position with its own caption: the caption over the picture, across the full width.
            List<String> one = LabelPen.wrapAll(words, labelSize, w);
            double band = LabelPen.band(one.get(0), labelSize);
            double scale = Math.min(w / r.getWidth(), Math.max(1e-6, h - band) / r.getHeight());
            double top = y + height / 2 - (r.getHeight() * scale + band) / 2;
            AffineTransform t = place(r, scale, x + width / 2, top + band + r.getHeight() * scale / 2);
            return new Fit(scale, List.of(t), labelSize, one, List.of(band));
        }
        if (b.size() == 3) {
            return new ThreePanelFit(b, words, x, y, width, height, w, h, labelSize).best();
        }
        Rectangle2D a = b.get(0);
        Rectangle2D c = b.get(1);
        // Side by side: the two share one height range so their floors line up; each label has half the width.
        List<String> rowWords = LabelPen.wrapAll(words, labelSize, shareOf(w, 2, labelSize));
        double band = LabelPen.band(rowWords, labelSize);
        double[] labelW = LabelPen.widths(rowWords, labelSize);
        double rowH = Math.max(a.getMaxY(), c.getMaxY()) - Math.min(a.getMinY(), c.getMinY());
        double rowMaxH = Math.max(1e-6, h - band);
        double gap = rowGap(List.of(a, c), labelW, w, rowMaxH / rowH, labelSize);
        double rowW = a.getWidth() + gap + c.getWidth();
        double rowScale = Math.min(w / rowW, rowMaxH / rowH);
        // One above the other: better for wide, low pictures such as lying positions; a label has the full width,
        // and each picture a band as tall as its own label.
        List<String> colWords = LabelPen.wrapAll(words, labelSize, w);
        double bandA = LabelPen.band(colWords.get(0), labelSize);
        double bandC = LabelPen.band(colWords.get(1), labelSize);
        double colW = Math.max(a.getWidth(), c.getWidth());
        double colH = a.getHeight() + c.getHeight();
        double colScale = Math.min(w / colW, Math.max(1e-6, h - bandA - bandC) / (colH + GAP / 2));
        // Lying positions (wide, low pictures) always stack: side by side they would shrink to a third.
        boolean lying = a.getWidth() > 1.5 * a.getHeight() && c.getWidth() > 1.5 * c.getHeight();
        if (!lying && rowScale >= colScale) {
            double s = rowScale;
            double left = x + width / 2 - rowW * s / 2;
            double mid = y + height / 2 + band / 2;
            double bandMid = (Math.max(a.getMaxY(), c.getMaxY()) + Math.min(a.getMinY(), c.getMinY())) / 2;
            AffineTransform ta = band(a, bandMid, s, left + a.getWidth() * s / 2, mid);
            AffineTransform tc = band(c, bandMid, s, left + (a.getWidth() + gap + c.getWidth() / 2) * s, mid);
            return new Fit(s, List.of(ta, tc), labelSize, rowWords, List.of(band, band));
        }
        double s = colScale;
        double total = colH * s + GAP / 2 * s + bandA + bandC;
        double top = y + height / 2 - total / 2;
        AffineTransform ta = place(a, s, x + width / 2, top + bandA + a.getHeight() * s / 2);
        double secondTop = top + bandA + a.getHeight() * s + GAP / 2 * s + bandC;
        AffineTransform tc = place(c, s, x + width / 2, secondTop + c.getHeight() * s / 2);
        return new Fit(s, List.of(ta, tc), labelSize, colWords, List.of(bandA, bandC));
    }

    /** The width a label may take over one of {@code n} pictures in a row of width {@code w}. */
    static double shareOf(double w, int n, double labelSize) {
        return w / n - LABEL_SPACE * labelSize;
    }

    /**
     * The gap (figure units) between pictures in one row, at least {@link #GAP}, wide enough that neighbouring
     * labels ({@code labelW}, device units) keep apart once the row is scaled to fit {@code w}; {@code heightScale}
     * is the largest scale the row's height allows.
     */
    static double rowGap(List<Rectangle2D> row, double[] labelW, double w, double heightScale, double labelSize) {
        double widths = 0;
        for (Rectangle2D r : row) {
            widths += r.getWidth();
        }
        double gap = GAP;
        // Moving the pictures apart shrinks the row, which brings the labels closer again: settle by repeating.
        for (int round = 0; round < 12; round++) {
            double s = Math.min(w / (widths + gap * (row.size() - 1)), heightScale);
            double next = GAP;
            for (int i = 0; i + 1 < row.size(); i++) {
                double need = (labelW[i] + labelW[i + 1]) / 2 + LABEL_GAP * labelSize;
                double centres = (row.get(i).getWidth() + row.get(i + 1).getWidth()) / 2;
                next = Math.max(next, need / s - centres);
            }
            if (Math.abs(next - gap) < 1e-9) {
                break;
            }
            gap = next;
        }
        return gap;
    }

    /** The extents of {@code sketches}, in figure units. */
    static List<Rectangle2D> bounds(List<Sketch> sketches) {
        List<Rectangle2D> b = new ArrayList<>();
        for (Sketch s : sketches) {
            b.add(s.bounds());
        }
        return b;
    }

    /** Maps figure units (y up) so that the centre of {@code r} lands on {@code (cx, cy)} (y down). */
    static AffineTransform place(Rectangle2D r, double scale, double cx, double cy) {
        AffineTransform t = new AffineTransform();
        t.translate(cx, cy);
        t.scale(scale, -scale);
        t.translate(-r.getCenterX(), -r.getCenterY());
        return t;
    }

    /** Like {@link #place}, but centres vertically on a shared band so that both floors line up. */
    static AffineTransform band(Rectangle2D r, double bandMidY, double scale, double cx, double cy) {
        AffineTransform t = new AffineTransform();
        t.translate(cx, cy);
        t.scale(scale, -scale);
        t.translate(-r.getCenterX(), -bandMidY);
        return t;
    }
}
