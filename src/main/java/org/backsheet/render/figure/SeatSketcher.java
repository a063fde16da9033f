package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.backsheet.model.figure.View;
import org.backsheet.render.figure.Sketch.Layer;

/** What a person sits on, or holds while standing: a chair, a leg rest, a Swiss ball, a chair to hold. */
final class SeatSketcher {

    private static final double LINE = PropPen.LINE;
    private static final Color INK = PropPen.INK;
    private static final Color PALE = PropPen.PALE;

    private final PropPen pen;

    SeatSketcher(PropPen pen) {
        this.pen = pen;
    }

    void chair(PosedBody b, Sketch into) {
        double top = PropPen.seatTop(b);
        double px = b.pelvis.x();
        if (pen.view == View.FRONT) {
            double half = 0.17;
            into.fill(
                    new Rectangle2D.Double(-half, top - 0.03, 2 * half, 0.03), PALE, INK, LINE, Layer.BEHIND, 0, false);
            for (double lx : new double[] {-half + 0.02, half - 0.02}) {
                into.stroke(
                        pen.path(new Vec(0, top - 0.03, -lx), new Vec(0, 0, -lx)),
                        LINE * 1.3,
                        INK,
                        Layer.BEHIND,
                        0,
                        false);
            }
            pen.floorUnder(b, -0.3, into);
            return;
        }
        if (pen.view == View.THREE_QUARTER) {
            new ThreeQuarterSeat(pen).chair(b, into);
            return;
        }
        if (pen.view == View.TOP) {
            into.fill(new Rectangle2D.Double(px - 0.1, -0.17, 0.27, 0.34), PALE, INK, LINE, Layer.BEHIND, 0, false);
            return;
        }
        drawChair(px - 0.11, px + 0.17, top, 0.3, true, into);
        pen.floorUnder(b, px - 0.2, into);
    }

    /**
     * A side-view chair whose seat runs from {@code back} to {@code front}, backrest at {@code back}. Drawn as a
     * chair is drawn in a picture book, so it is never read as a box: a thin seat, slim legs set in from its ends
     * and splayed a little, the back leg running on up into the backrest, and a padded back at its top.
     */
    private void drawChair(double back, double front, double top, double rest, boolean backrestLeft, Sketch into) {
        double seat = 0.024;
        into.fill(
                new Rectangle2D.Double(Math.min(back, front), top - seat, Math.abs(front - back), seat),
                PALE,
                INK,
                LINE,
                Layer.BEHIND,
                1,
                false);
        double in = back < front ? 1 : -1;
        double backLeg = back + in * 0.02;
        double frontLeg = front - in * 0.025;
        double splay = 0.02;
        double lean = backrestLeft ? -0.035 : 0.035;
        into.stroke(
                pen.path(
                        new Vec(backLeg - in * splay, 0, 0),
                        new Vec(backLeg, top - seat, 0),
                        new Vec(backLeg + lean, top + rest, 0)),
                LINE * 1.5,
                INK,
                Layer.BEHIND,
                0,
                false);
        into.stroke(
                pen.path(new Vec(frontLeg, top - seat, 0), new Vec(frontLeg + in * splay, 0, 0)),
                LINE * 1.5,
                INK,
                Layer.BEHIND,
                0,
                false);
        // The backrest: a pale panel along the top of the post.
        Vec low = new Vec(backLeg + lean * 0.45, top + rest * 0.45, 0);
        Vec high = new Vec(backLeg + lean * 0.97, top + rest * 0.97, 0);
        into.fill(Shapes.capsule(pen.flat(low), pen.flat(high), 0.02, 0.02), PALE, INK, LINE, Layer.BEHIND, 1, false);
    }

    void legRest(PosedBody b, Sketch into) {
        if (pen.view != View.SIDE) {
            return;
        }
        PosedBody.Side low = b.near.heel().y() <= b.far.heel().y() ? b.near : b.far;
        double top = low.heel().y() - 0.004;
        double x = low.ankle().x();
        drawChair(x + 0.13, x - 0.15, top, 0.3, false, into);
    }

    void ball(PosedBody b, Sketch into) {
        double top = PropPen.seatTop(b);
        double r = top / 2;
        Point2D.Double c = pen.flat(new Vec(b.pelvis.x() - 0.01, r, 0));
        if (pen.view == View.TOP) {
            c = pen.flat(b.pelvis);
        }
        into.fill(new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r), PALE, INK, LINE, Layer.BEHIND, 0, false);
        Path2D.Double shine = new Path2D.Double();
        shine.append(new Arc2D.Double(c.x - r * 0.72, c.y - r * 0.72, r * 1.44, r * 1.44, 100, 50, Arc2D.OPEN), false);
        into.stroke(shine, LINE * 0.8, INK, Layer.BEHIND, 0.1, false);
        if (pen.view != View.TOP) {
            pen.floorUnder(b, c.x - r - 0.1, into);
        }
    }

    /** A chair in front of a standing person, its backrest under the hands. */
    void chairToHold(PosedBody b, Sketch into) {
        if (pen.view != View.SIDE) {
            return;
        }
        Vec hands = b.near.hand().plus(b.far.hand()).times(0.5);
        double top = Math.max(0.24, Math.min(0.28, hands.y() - 0.26));
        drawChair(hands.x() - 0.012, hands.x() + 0.248, top, hands.y() - 0.012 - top, true, into);
        pen.floorUnder(b, b.pelvis.x() - 0.3, into);
    }
}
