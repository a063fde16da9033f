package org.backsheet.render.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Detail;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Presentation;
import org.backsheet.model.figure.Prop;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * Draws an exercise figure into a box on any Graphics2D: the editor's thumbnails and preview, the contact sheet
 * PNG and the PDF (through PdfBoxGraphics2D, so it stays vector) all use this one routine. A movement is shown as
 * two pictures labelled "Start" and "Finish" (in the sheet's language); the labels are drawn as glyph outlines,
 * so the PDF needs no extra font.
 */
public final class FigurePainter {

    /** Space kept free around the drawing, as a share of the box's smaller side. */
    private static final double MARGIN = 0.03;
    /** Space between the start and end pictures of a pair, in figure units. */
    private static final double GAP = 0.14;
    /** No outline thinner than this many device units (points in the PDF, pixels on screen). */
    private static final double THINNEST = 0.6;
    /** The radius of a magnified detail's circle, in figure units. */
    private static final double DETAIL_RADIUS = 0.12;

    /** Where each picture of a figure lands in the box (Graphics2D coordinates, y down). */
    public record Placement(double scale, List<Rectangle2D> pictures) {}

    /** Paints {@code figure} centred in the box, its panels labelled in the default language. */
    public void paint(Graphics2D g, Figure figure, double x, double y, double width, double height) {
        paint(g, figure, x, y, width, height, Locale.getDefault());
    }

    /** Paints {@code figure} centred in the box {@code (x, y, width, height)} (y down, as Graphics2D has it). */
    public void paint(Graphics2D g, Figure figure, double x, double y, double width, double height, Locale language) {
        List<Sketch> panels = panels(figure);
        Fit fit = fit(panels, x, y, width, height);
        AffineTransform saved = g.getTransform();
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        for (int i = 0; i < panels.size(); i++) {
            g.setTransform(saved);
            g.transform(fit.transforms.get(i));
            panels.get(i).paint(g, THINNEST / fit.scale);
        }
        g.setTransform(saved);
        if (panels.size() == 2) {
            FigureLabels labels = FigureLabels.of(language, figure.effectiveLabels());
            for (int i = 0; i < 2; i++) {
                Rectangle2D r = fit.transforms
                        .get(i)
                        .createTransformedShape(panels.get(i).bounds())
                        .getBounds2D();
                label(g, i == 0 ? labels.start() : labels.finish(), r, fit.labelSize);
            }
        }
        if (aa != null) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        }
    }

    /** Where the pictures of {@code figure} would land in the box, without drawing: for tests and layout. */
    public Placement place(Figure figure, double x, double y, double width, double height) {
        List<Sketch> panels = panels(figure);
        Fit fit = fit(panels, x, y, width, height);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            Rectangle2D r = fit.transforms
                    .get(i)
                    .createTransformedShape(panels.get(i).bounds())
                    .getBounds2D();
            if (panels.size() == 2) {
                r.add(new Rectangle2D.Double(r.getX(), r.getY() - fit.labelSize * 1.25, r.getWidth(), 0));
            }
            boxes.add(r);
        }
        return new Placement(fit.scale, boxes);
    }

    /** The label centred above a picture, as filled glyph outlines. */
    private static void label(Graphics2D g, String text, Rectangle2D picture, double size) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) size);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        Shape glyphs = font.createGlyphVector(frc, text).getOutline();
        Rectangle2D b = glyphs.getBounds2D();
        double left = picture.getCenterX() - b.getWidth() / 2 - b.getX();
        double baseline = picture.getMinY() - size * 0.3;
        g.setColor(Tones.INK);
        g.fill(AffineTransform.getTranslateInstance(left, baseline).createTransformedShape(glyphs));
    }

    /** One sketch per picture: a single one for a held position or an overlay, start and end for a pair. */
    List<Sketch> panels(Figure figure) {
        boolean pair = figure.end() != null && figure.effectivePresentation() == Presentation.PAIR;
        Sketch first = new Sketch();
        Projection startProjection = new Projection(figure.view());
        PosedBody startBody = new PosedBody(figure.start());
        new PropSketcher(startProjection).sketch(startBody, figure.props(), first);
        if (figure.end() != null && !pair) {
            PosedBody endBody = new PosedBody(figure.end());
            new BodySketcher(startProjection).sketch(endBody, Tones.GHOST, Layer.GHOST, first);
            if (figure.hasProp(Prop.TOWEL)) {
                new PropSketcher(startProjection).endTowel(endBody, first);
            }
        }
        new BodySketcher(startProjection).sketch(startBody, Tones.BODY, Layer.BODY, first);
        detail(figure, figure.start(), figure.end(), startProjection, first, false);
        for (Arrow arrow : figure.arrows()) {
            if ((!pair || !arrow.onEnd()) && !inDetail(arrow, figure, figure.start(), startProjection)) {
                new ArrowSketcher(startProjection).sketch(arrow, figure.start(), figure.end(), first);
            }
        }
        if (!pair) {
            return List.of(first);
        }
        Sketch second = new Sketch();
        Projection endProjection = new Projection(figure.effectiveEndView());
        PosedBody endBody = new PosedBody(figure.end());
        new PropSketcher(endProjection).sketch(endBody, figure.props(), second);
        new BodySketcher(endProjection).sketch(endBody, Tones.BODY, Layer.BODY, second);
        detail(figure, figure.end(), figure.end(), endProjection, second, true);
        for (Arrow arrow : figure.arrows()) {
            if (arrow.onEnd() && !inDetail(arrow, figure, figure.end(), endProjection)) {
                new ArrowSketcher(endProjection).sketch(arrow, figure.end(), figure.end(), second);
            }
        }
        return List.of(first, second);
    }

    /** The figure's magnified detail of {@code pose}, added to {@code panel}: the body without arms, and props. */
    private static void detail(
            Figure figure, Pose pose, Pose arrowsTo, Projection projection, Sketch panel, boolean endPicture) {
        Detail d = figure.detail();
        if (d == null) {
            return;
        }
        PosedBody body = new PosedBody(pose);
        Point2D.Double centre = new Point2D.Double(d.x(), d.y());
        Sketch content = new Sketch();
        new PropSketcher(projection).sketch(body, figure.props(), content);
        new BodySketcher(projection, false).sketch(body, Tones.BODY, Layer.BODY, content);
        for (Arrow arrow : figure.arrows()) {
            if (arrow.onEnd() == endPicture && inDetail(arrow, body, d, projection)) {
                new ArrowSketcher(projection, 1 / d.zoom()).sketch(arrow, pose, arrowsTo, content);
            }
        }
        Point2D.Double focus = projection.flat(body.point(d.point()));
        panel.inset(new Sketch.Inset(content, focus, centre, DETAIL_RADIUS, d.zoom(), focus));
    }

    /**
     * True for a fixed arrow whose middle lies inside the area a detail magnifies: such an arrow (a mark of the
     * gap under the back) is drawn only in the detail, where it can be seen.
     */
    static boolean inDetail(Arrow arrow, Figure figure, Pose pose, Projection projection) {
        return figure.detail() != null && inDetail(arrow, new PosedBody(pose), figure.detail(), projection);
    }

    private static boolean inDetail(Arrow arrow, PosedBody body, Detail d, Projection projection) {
        if (arrow.followsBody()) {
            return false;
        }
        Point2D.Double focus = projection.flat(body.point(d.point()));
        double reach = DETAIL_RADIUS / d.zoom();
        return focus.distance((arrow.from()[0] + arrow.to()[0]) / 2, (arrow.from()[1] + arrow.to()[1]) / 2) < reach;
    }

    private record Fit(double scale, List<AffineTransform> transforms, double labelSize) {}

    private Fit fit(List<Sketch> panels, double x, double y, double width, double height) {
        double margin = MARGIN * Math.min(width, height);
        double w = Math.max(1e-6, width - 2 * margin);
        double h = Math.max(1e-6, height - 2 * margin);
        List<Rectangle2D> b = new ArrayList<>();
        for (Sketch s : panels) {
            b.add(s.bounds());
        }
        if (b.size() == 1) {
            Rectangle2D r = b.get(0);
            double scale = Math.min(w / r.getWidth(), h / r.getHeight());
            return new Fit(scale, List.of(place(r, scale, x + width / 2, y + height / 2)), 0);
        }
        double labelSize = Math.max(6, Math.min(13, Math.min(width, height * 1.4) * 0.055));
        double band = labelSize * 1.25;
        Rectangle2D a = b.get(0);
        Rectangle2D c = b.get(1);
        // Side by side: the two share one height range so their floors line up.
        double rowW = a.getWidth() + GAP + c.getWidth();
        double rowH = Math.max(a.getMaxY(), c.getMaxY()) - Math.min(a.getMinY(), c.getMinY());
        double rowScale = Math.min(w / rowW, Math.max(1e-6, h - band) / rowH);
        // One above the other: better for wide, low pictures such as lying positions.
        double colW = Math.max(a.getWidth(), c.getWidth());
        double colH = a.getHeight() + c.getHeight();
        double colScale = Math.min(w / colW, Math.max(1e-6, h - 2 * band) / (colH + GAP / 2));
        // Lying positions (wide, low pictures) always stack: side by side they would shrink to a third.
        boolean lying = a.getWidth() > 1.5 * a.getHeight() && c.getWidth() > 1.5 * c.getHeight();
        if (!lying && rowScale >= colScale) {
            double s = rowScale;
            double left = x + width / 2 - rowW * s / 2;
            double mid = y + height / 2 + band / 2;
            double bandMid = (Math.max(a.getMaxY(), c.getMaxY()) + Math.min(a.getMinY(), c.getMinY())) / 2;
            AffineTransform ta = band(a, bandMid, s, left + a.getWidth() * s / 2, mid);
            AffineTransform tc = band(c, bandMid, s, left + (a.getWidth() + GAP + c.getWidth() / 2) * s, mid);
            return new Fit(s, List.of(ta, tc), labelSize);
        }
        double s = colScale;
        double total = colH * s + GAP / 2 * s + 2 * band;
        double top = y + height / 2 - total / 2;
        AffineTransform ta = place(a, s, x + width / 2, top + band + a.getHeight() * s / 2);
        double secondTop = top + band + a.getHeight() * s + GAP / 2 * s + band;
        AffineTransform tc = place(c, s, x + width / 2, secondTop + c.getHeight() * s / 2);
        return new Fit(s, List.of(ta, tc), labelSize);
    }

    /** Maps figure units (y up) so that the centre of {@code r} lands on {@code (cx, cy)} (y down). */
    private static AffineTransform place(Rectangle2D r, double scale, double cx, double cy) {
        AffineTransform t = new AffineTransform();
        t.translate(cx, cy);
        t.scale(scale, -scale);
        t.translate(-r.getCenterX(), -r.getCenterY());
        return t;
    }

    /** Like {@link #place}, but centres vertically on a shared band so that both floors line up. */
    private static AffineTransform band(Rectangle2D r, double bandMidY, double scale, double cx, double cy) {
        AffineTransform t = new AffineTransform();
        t.translate(cx, cy);
        t.scale(scale, -scale);
        t.translate(-r.getCenterX(), -bandMidY);
        return t;
    }
}
