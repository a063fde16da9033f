package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * A chair seen at three quarters: a floor and a seat drawn as planes and a backrest behind the person, so a seated
 * twist shows the knees still facing forward while the shoulders turn. (The side-view chair is a set of lines that
 * would cross the legs in this view.)
 */
final class ThreeQuarterSeat {

    private static final double LINE = PropPen.LINE;
    private static final Color INK = PropPen.INK;
    private static final Color PALE = PropPen.PALE;
    /** Half the seat's width and depth, the seat's thickness and the backrest's height above the seat. */
    private static final double HALF_WIDTH = 0.15;

    private static final double HALF_DEPTH = 0.13;
    private static final double THICKNESS = 0.03;
    private static final double BACKREST = 0.3;

    private final PropPen pen;

    ThreeQuarterSeat(PropPen pen) {
        this.pen = pen;
    }

    void chair(PosedBody b, Sketch into) {
        double top = PropPen.seatTop(b);
        double back = b.pelvis.x() - HALF_DEPTH;
        double front = b.pelvis.x() + HALF_DEPTH;
        floor(b, back, into);
        for (double x : new double[] {back + 0.02, front - 0.02}) {
            for (double z : new double[] {-HALF_WIDTH + 0.02, HALF_WIDTH - 0.02}) {
                Vec foot = new Vec(x, 0, z);
                into.stroke(
                        pen.path(new Vec(x, top - THICKNESS, z), foot),
                        LINE * 1.3,
                        INK,
                        Layer.BEHIND,
                        pen.projection.depth(foot) - 1,
                        false);
            }
        }
        into.fill(
                plane(new Vec(back, top, -HALF_WIDTH), new Vec(back, top, HALF_WIDTH), 0, BACKREST),
                PALE,
                INK,
                LINE,
                Layer.BEHIND,
                pen.projection.depth(new Vec(back, top, 0)) - 1,
                false);
        into.fill(
                slab(back, front, top),
                PALE,
                INK,
                LINE,
                Layer.BEHIND,
                pen.projection.depth(new Vec(b.pelvis.x(), top, 0)) - 0.9,
                false);
    }

    /** The floor under the chair and the feet, a plane like the mat of the lying figures. */
    private void floor(PosedBody b, double back, Sketch into) {
        double front = Math.max(b.near.toe().x(), b.far.toe().x()) + 0.08;
        Path2D.Double plane = new Path2D.Double();
        Vec[] corners = {
            new Vec(back - 0.08, 0, -0.3), new Vec(front, 0, -0.3), new Vec(front, 0, 0.3), new Vec(back - 0.08, 0, 0.3)
        };
        for (int i = 0; i < corners.length; i++) {
            Point2D.Double p = pen.flat(corners[i]);
            if (i == 0) {
                plane.moveTo(p.x, p.y);
            } else {
                plane.lineTo(p.x, p.y);
            }
        }
        plane.closePath();
        into.fill(plane, PALE, INK, LINE * 0.7, Layer.BEHIND, -10, false);
    }

    /** The seat: its top and the two edges that face the reader. */
    private Path2D.Double slab(double back, double front, double top) {
        Path2D.Double s = new Path2D.Double();
        s.append(plane(new Vec(back, top, -HALF_WIDTH), new Vec(front, top, -HALF_WIDTH), HALF_WIDTH * 2, 0), false);
        s.append(plane(new Vec(back, top, -HALF_WIDTH), new Vec(front, top, -HALF_WIDTH), 0, -THICKNESS), false);
        s.append(plane(new Vec(front, top, -HALF_WIDTH), new Vec(front, top, HALF_WIDTH), 0, -THICKNESS), false);
        return s;
    }

    /** The quadrilateral from {@code a} to {@code b}, swept {@code across} toward +z and {@code up}. */
    private Path2D.Double plane(Vec a, Vec b, double across, double up) {
        Vec shift = new Vec(0, up, across);
        Path2D.Double p = new Path2D.Double();
        Point2D.Double[] q = {pen.flat(a), pen.flat(b), pen.flat(b.plus(shift)), pen.flat(a.plus(shift))};
        p.moveTo(q[0].x, q[0].y);
        for (int i = 1; i < 4; i++) {
            p.lineTo(q[i].x, q[i].y);
        }
        p.closePath();
        return p;
    }
}
