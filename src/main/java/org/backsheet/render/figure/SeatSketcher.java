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
        drawChair(px - 0.11, px + 0.17, top, true, into);
        pen.floorUnder(b, px - 0.2, into);
    }

    /** A side-view chair whose seat runs from {@code back} to {@code front}, backrest at {@code back}. */
    private void drawChair(double back, double front, double top, boolean backrestLeft, Sketch into) {
        into.fill(
                new Rectangle2D.Double(Math.min(back, front), top - 0.028, Math.abs(front - back), 0.028),
                PALE,
                INK,
                LINE,
                Layer.BEHIND,
                0,
                false);
        for (double lx : new double[] {back, front}) {
            into.stroke(
                    pen.path(new Vec(lx, top - 0.028, 0), new Vec(lx, 0, 0)), LINE * 1.3, INK, Layer.BEHIND, 0, false);
        }
        double lean = backrestLeft ? -0.03 : 0.03;
        into.stroke(
                pen.path(new Vec(back, top, 0), new Vec(back + lean, top + 0.3, 0)),
                LINE * 1.6,
                INK,
                Layer.BEHIND,
                0,
                false);
    }

    void legRest(PosedBody b, Sketch into) {
        if (pen.view != View.SIDE) {
            return;
        }
        PosedBody.Side low = b.near.heel().y() <= b.far.heel().y() ? b.near : b.far;
        double top = low.heel().y() - 0.004;
        double x = low.ankle().x();
        drawChair(x + 0.16, x - 0.1, top, false, into);
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
        double back = hands.x() + 0.015;
        double top = Math.max(0.24, Math.min(0.28, hands.y() - 0.26));
        into.fill(new Rectangle2D.Double(back, top - 0.028, 0.26, 0.028), PALE, INK, LINE, Layer.BEHIND, 0, false);
        for (double lx : new double[] {back + 0.01, back + 0.25}) {
            into.stroke(
                    pen.path(new Vec(lx, top - 0.028, 0), new Vec(lx, 0, 0)), LINE * 1.3, INK, Layer.BEHIND, 0, false);
        }
        into.stroke(
                pen.path(new Vec(back + 0.01, top, 0), new Vec(back + 0.005, hands.y() - 0.01, 0)),
                LINE * 1.8,
                INK,
                Layer.BEHIND,
                0,
                false);
        into.stroke(
                pen.path(new Vec(back - 0.01, hands.y() - 0.012, 0), new Vec(back + 0.04, hands.y() - 0.012, 0)),
                LINE * 1.8,
                INK,
                Layer.BEHIND,
                0,
                false);
        pen.floorUnder(b, b.pelvis.x() - 0.3, into);
    }
}
