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
        if (panels.size() > 1) {
            FigureLabels labels = FigureLabels.of(language, figure.effectiveLabels());
            for (int i = 0; i < panels.size(); i++) {
                Rectangle2D r = fit.transforms
                        .get(i)
                        .createTransformedShape(panels.get(i).bounds())
                        .getBounds2D();
                label(g, labels.word(i), r, fit.labelSize);
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
            if (panels.size() > 1) {
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

    /**
     * One sketch per picture: a single one for a held position or an overlay; start, end (and the third picture,
     * when there is one) for pictures side by side.
     */
    List<Sketch> panels(Figure figure) {
        boolean pair = figure.end() != null && figure.effectivePresentation() == Presentation.PAIR;
        if (!pair) {
            return List.of(overlay(figure));
        }
        List<Pose> poses = figure.pictures();
        List<Sketch> out = new ArrayList<>();
        for (int i = 0; i < poses.size(); i++) {
            Sketch panel = new Sketch();
            Projection projection = new Projection(i == 0 ? figure.view() : figure.effectiveEndView());
            Pose pose = poses.get(i);
            // An arrow that follows the body traces it from this picture's pose to the next picture's.
            Pose next = i + 1 < poses.size() ? poses.get(i + 1) : pose;
            PosedBody body = new PosedBody(pose);
            new PropSketcher(projection).sketch(body, figure.props(), panel);
            new BodySketcher(projection).sketch(body, Tones.BODY, Layer.BODY, panel);
            detail(figure, pose, next, projection, panel, i);
            for (Arrow arrow : figure.arrows()) {
                if (arrow.picture() == i && !inDetail(arrow, figure, pose, projection)) {
                    new ArrowSketcher(projection).sketch(arrow, pose, next, panel);
                }
            }
            out.add(panel);
        }
        return out;
    }

    /** A single picture: the start pose, with the end pose (if any) as a dashed outline over it. */
    private Sketch overlay(Figure figure) {
        Sketch first = new Sketch();
        Projection projection = new Projection(figure.view());
        PosedBody startBody = new PosedBody(figure.start());
        new PropSketcher(projection).sketch(startBody, figure.props(), first);
        if (figure.end() != null) {
            PosedBody endBody = new PosedBody(figure.end());
            new BodySketcher(projection).sketch(endBody, Tones.GHOST, Layer.GHOST, first);
            if (figure.hasProp(Prop.TOWEL)) {
                new PropSketcher(projection).endTowel(endBody, first);
            }
        }
        new BodySketcher(projection).sketch(startBody, Tones.BODY, Layer.BODY, first);
        detail(figure, figure.start(), figure.end(), projection, first, 0);
        for (Arrow arrow : figure.arrows()) {
            if (!inDetail(arrow, figure, figure.start(), projection)) {
                new ArrowSketcher(projection).sketch(arrow, figure.start(), figure.end(), first);
            }
        }
        return first;
    }

    /** The figure's magnified detail of {@code pose}, added to {@code panel}: the body without arms, and props. */
    private static void detail(
            Figure figure, Pose pose, Pose arrowsTo, Projection projection, Sketch panel, int picture) {
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
            if (arrow.picture() == picture && inDetail(arrow, body, d, projection)) {
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

    record Fit(double scale, List<AffineTransform> transforms, double labelSize) {}

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
        if (b.size() == 3) {
            return new Fit3(b, x, y, width, height, w, h, band, labelSize).best();
        }
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
