package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.backsheet.model.figure.View;
import org.backsheet.render.figure.Sketch.Layer;

/** The floor line, the exercise mat (flat, seen from above, or a slab in the three-quarter view) and the wall. */
final class FloorSketcher {

    private static final double LINE = PropPen.LINE;
    private static final Color INK = PropPen.INK;
    private static final Color PALE = PropPen.PALE;
    /**
     * The gap under an arched lower back is hatched with thin upright lines of this grey: a dark fill there read
     * as "a block, cushion or towel under me"; hatching reads as space.
     */
    static final Color GAP = Tones.INK;

    private static final double HATCH_LINE = 0.006;
    private static final double HATCH_STEP = 0.012;

    /** How thick the mat looks where its edge faces the reader (figure units on the page). */
    private static final double THICKNESS = 0.025;

    /** Half the mat's width in the raised side view: room for bent knees dropped to one side. */
    static final double RAISED_SIDE_HALF_WIDTH = 0.25;

    /** Half the mat's width at three quarters: room for bent knees lying to either side. */
    static final double LYING_TWIST_HALF_WIDTH = 0.27;

    private final PropPen pen;

    FloorSketcher(PropPen pen) {
        this.pen = pen;
    }

    void floor(PosedBody b, Sketch into, boolean mat) {
        if (pen.view == View.THREE_QUARTER || pen.view == View.FEET || pen.view == View.RAISED_SIDE) {
            slantedMat(b, into);
            return;
        }
        Rectangle2D e = pen.extent(b);
        if (pen.view == View.TOP) {
            if (mat) {
                double m = 0.09;
                into.fill(
                        new RoundRectangle2D.Double(
                                e.getMinX() - m,
                                e.getMinY() - m,
                                e.getWidth() + 2 * m,
                                e.getHeight() + 2 * m,
                                0.05,
                                0.05),
                        PALE,
                        INK,
                        LINE * 0.6,
                        Layer.BEHIND,
                        0,
                        false);
            }
            return;
        }
        double left = e.getMinX() - 0.1;
        double right = e.getMaxX() + 0.1;
        if (mat) {
            into.fill(
                    new Rectangle2D.Double(left + 0.04, -0.028, right - left - 0.08, 0.028),
                    PALE,
                    INK,
                    LINE * 0.7,
                    Layer.BEHIND,
                    0,
                    false);
        }
        into.stroke(
                new Line2D.Double(left, mat ? -0.028 : 0, right, mat ? -0.028 : 0), LINE, INK, Layer.BEHIND, -1, false);
    }

    /** The mat seen from above and the side: a slab on the floor under the whole body. */
    private void slantedMat(PosedBody b, Sketch into) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (PosedBody.Side s : List.of(b.near, b.far)) {
            for (Vec v : List.of(s.hip(), s.knee(), s.heel(), s.toe(), s.elbow(), s.hand())) {
                minX = Math.min(minX, v.x());
                maxX = Math.max(maxX, v.x());
            }
        }
        minX = Math.min(minX, b.head.x() - PosedBody.HEAD_RADIUS) - 0.03;
        maxX += 0.03;
        double half = 0.155;
        if (pen.view == View.RAISED_SIDE) {
            // Seen from the side, knees that fall to one side must lie on the mat, or they read as held up; and the
            // mat keeps one width in every picture (readers saw a mat that changed shape as a change of view).
            half = RAISED_SIDE_HALF_WIDTH;
        }
        if (pen.view == View.THREE_QUARTER || pen.view == View.FEET) {
            // Wide enough for knees dropped to either side, or a knee crossed over, to lie on it (beyond its edge they
            // read as held up, the crossed knee as "floating beside the mat"), and
            // the same in every picture (a mat that changed shape read as a change of view). Arms out to the sides
            // lie on the floor beyond it.
            half = LYING_TWIST_HALF_WIDTH;
        }
        Path2D.Double top = new Path2D.Double();
        Point2D.Double a = pen.flat(new Vec(minX, 0, -half));
        Point2D.Double c = pen.flat(new Vec(maxX, 0, -half));
        Point2D.Double d = pen.flat(new Vec(maxX, 0, half));
        Point2D.Double e = pen.flat(new Vec(minX, 0, half));
        top.moveTo(a.x, a.y);
        top.lineTo(c.x, c.y);
        top.lineTo(d.x, d.y);
        top.lineTo(e.x, e.y);
        top.closePath();
        into.fill(top, PALE, INK, LINE, Layer.BEHIND, -1, false);
        // The mat's thickness shows along the edges that face the reader, whichever corner the view looks from.
        Vec[] corners = {
            new Vec(minX, 0, -half), new Vec(maxX, 0, -half), new Vec(maxX, 0, half), new Vec(minX, 0, half)
        };
        Vec middle = new Vec((minX + maxX) / 2, 0, 0);
        for (int i = 0; i < 4; i++) {
            Vec from = corners[i];
            Vec to = corners[(i + 1) % 4];
            Vec outward = from.plus(to).times(0.5).minus(middle);
            if (pen.projection.depth(middle.plus(outward.times(1.01))) <= pen.projection.depth(middle.plus(outward))) {
                continue;
            }
            Point2D.Double p = pen.flat(from);
            Point2D.Double q = pen.flat(to);
            Path2D.Double edge = new Path2D.Double();
            edge.moveTo(p.x, p.y);
            edge.lineTo(q.x, q.y);
            edge.lineTo(q.x, q.y - THICKNESS);
            edge.lineTo(p.x, p.y - THICKNESS);
            edge.closePath();
            into.fill(edge, PALE, INK, LINE, Layer.BEHIND, -1.5, false);
        }
    }

    /**
     * The gap under a lying person's lower back, hatched: the area from the floor up to the line of the spine
     * between the pelvis and the chest. The body is drawn over it, so only the space under an arched back shows;
     * a back lying flat covers it all.
     */
    void backGap(PosedBody b, Sketch into) {
        if (pen.view != View.SIDE) {
            return;
        }
        Vec chest = b.neck.minus(b.chest.up().times(0.062));
        Point2D.Double p = pen.flat(b.pelvis);
        Point2D.Double w = pen.flat(b.waist);
        Point2D.Double c = pen.flat(chest);
        // Upright strokes from the floor to the line of the spine: the body covers all but those under the hollow.
        Path2D.Double hatch = new Path2D.Double();
        double from = Math.min(p.x, c.x);
        double to = Math.max(p.x, c.x);
        for (double x = from + HATCH_STEP / 2; x < to; x += HATCH_STEP) {
            double top = spineHeight(x, p, w, c);
            if (top > HATCH_LINE) {
                hatch.moveTo(x, 0);
                hatch.lineTo(x, top);
            }
        }
        into.stroke(hatch, HATCH_LINE, GAP, Layer.BEHIND, 1, false);
    }

    /** The height of the polyline {@code p, w, c} above the point {@code x} of the floor (0 outside it). */
    private static double spineHeight(double x, Point2D.Double p, Point2D.Double w, Point2D.Double c) {
        Point2D.Double[] line = {p, w, c};
        for (int i = 0; i + 1 < line.length; i++) {
            Point2D.Double a = line[i];
            Point2D.Double b = line[i + 1];
            if (x >= Math.min(a.x, b.x) && x <= Math.max(a.x, b.x) && a.x != b.x) {
                return a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x);
            }
        }
        return 0;
    }

    void wall(PosedBody b, Sketch into) {
        if (pen.view != View.SIDE) {
            return;
        }
        double x = Math.min(Math.min(b.pelvis.x(), b.waist.x()) - 0.064, b.head.x() - PosedBody.HEAD_RADIUS) - 0.004;
        double top = 1.08;
        into.stroke(pen.path(new Vec(x, 0, 0), new Vec(x, top, 0)), LINE * 1.2, INK, Layer.BEHIND, 0, false);
        for (double y = 0.04; y < top; y += 0.07) {
            into.stroke(
                    pen.path(new Vec(x, y, 0), new Vec(x - 0.04, y - 0.04, 0)),
                    LINE * 0.6,
                    INK,
                    Layer.BEHIND,
                    0,
                    false);
        }
        pen.floorUnder(b, x - 0.05, into);
    }
}
