package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.backsheet.model.figure.View;
import org.backsheet.render.figure.Sketch.Layer;

/** The gym machines, drawn round the pose: the stationary bike and the pull-down or leg-press machine. */
final class MachineSketcher {

    private static final double LINE = PropPen.LINE;
    private static final Color INK = PropPen.INK;
    private static final Color PALE = PropPen.PALE;

    private final PropPen pen;

    MachineSketcher(PropPen pen) {
        this.pen = pen;
    }

    void bike(PosedBody b, Sketch into) {
        if (pen.view != View.SIDE) {
            return;
        }
        double top = PropPen.seatTop(b) + 0.015;
        double sx = b.pelvis.x();
        Vec crank = b.near.ankle().plus(b.far.ankle()).times(0.5);
        Vec bars = b.near.wrist().plus(b.far.wrist()).times(0.5);
        Layer l = Layer.BEHIND;
        double tube = LINE * 1.8;
        Vec column = new Vec(bars.x() + 0.02, 0.3, 0);
        Vec wheel = new Vec(column.x() + 0.03, 0.13, 0);
        into.fill(
                new Ellipse2D.Double(wheel.x() - 0.11, wheel.y() - 0.11, 0.22, 0.22), PALE, INK, LINE, l, -0.1, false);
        into.stroke(pen.path(new Vec(sx - 0.06, top, 0), new Vec(sx + 0.07, top, 0)), 0.035, INK, l, 0, false);
        into.stroke(pen.path(new Vec(sx, top, 0), crank, column, bars), tube, INK, l, 0, false);
        into.stroke(pen.path(bars, bars.plus(new Vec(0.06, 0.01, 0))), 0.03, INK, l, 0, false);
        into.stroke(pen.path(crank, new Vec(crank.x() - 0.15, 0.02, 0)), tube, INK, l, 0, false);
        into.stroke(pen.path(column, wheel), tube, INK, l, 0, false);
        into.stroke(
                pen.path(new Vec(crank.x() - 0.24, 0.02, 0), new Vec(wheel.x() + 0.14, 0.02, 0)),
                0.03,
                INK,
                l,
                0,
                false);
        for (PosedBody.Side s : List.of(b.far, b.near)) {
            boolean near = s == b.near;
            into.stroke(pen.path(crank, s.ankle()), LINE * 1.3, INK, near ? Layer.FRONT : Layer.BEHIND, 1, false);
        }
        pen.floorUnder(b, crank.x() - 0.3, into);
    }

    void machine(PosedBody b, Sketch into) {
        if (pen.view != View.SIDE) {
            return;
        }
        Layer l = Layer.BEHIND;
        double top = PropPen.seatTop(b);
        double px = b.pelvis.x();
        into.fill(
                new RoundRectangle2D.Double(px - 0.12, top - 0.045, 0.28, 0.045, 0.03, 0.03),
                PALE,
                INK,
                LINE,
                l,
                0,
                false);
        // Backrest behind the back, parallel to the lower trunk.
        Vec along = b.waist.minus(b.pelvis).times(1 / PosedBody.LOWER_TRUNK);
        Vec behind = new Vec(along.y(), -along.x(), 0).times(-(0.064 + 0.03));
        Vec restFoot = b.pelvis.plus(behind).plus(along.times(-0.02));
        Vec restTop = restFoot.plus(along.times(0.36));
        into.stroke(pen.path(restFoot, restTop), 0.04, INK, l, 0, false);
        Vec base = new Vec(px + 0.02, 0.02, 0);
        into.stroke(pen.path(new Vec(px + 0.02, top - 0.045, 0), base), LINE * 2, INK, l, 0, false);
        double floorFront = b.near.toe().x() + 0.15;
        into.stroke(
                pen.path(new Vec(restFoot.x() - 0.15, 0.02, 0), new Vec(floorFront, 0.02, 0)), 0.03, INK, l, 0, false);
        // Hands above the shoulders hold the pull-down bar, whether stretched up or pulled down to the chest.
        boolean pulling = b.near.wrist().y() > b.waist.y() + 0.12;
        if (pulling) {
            thighPad(b, into);
            Vec bar = b.near.hand().plus(b.far.hand()).times(0.5);
            double high = Math.max(b.head.y() + 0.45, bar.y() + 0.1);
            double postX = restTop.x() - 0.12;
            into.stroke(
                    pen.path(new Vec(postX, 0.02, 0), new Vec(postX, high, 0), new Vec(bar.x(), high, 0)),
                    LINE * 2,
                    INK,
                    l,
                    0,
                    false);
            into.stroke(pen.path(new Vec(bar.x(), high, 0), bar), LINE * 0.8, INK, l, 0, false);
            into.stroke(
                    pen.path(bar.minus(new Vec(0.1, 0.01, 0)), bar.plus(new Vec(0.1, 0.01, 0))),
                    0.025,
                    INK,
                    Layer.FRONT,
                    0,
                    false);
        }
        boolean pushingWithFeet = Math.min(b.near.heel().y(), b.far.heel().y()) > 0.12;
        if (pushingWithFeet) {
            PosedBody.Side s = b.near;
            Vec sole = s.toe().minus(s.heel());
            Vec plateLow = s.heel().minus(sole.times(0.6));
            Vec plateHigh = s.toe().plus(sole.times(0.5));
            Vec out = s.heel().plus(s.toe()).times(0.5).minus(s.ankle()).times(0.5);
            plateLow = plateLow.plus(out);
            plateHigh = plateHigh.plus(out);
            into.stroke(pen.path(plateLow, plateHigh), 0.035, INK, l, 0, false);
            Vec mid = plateLow.plus(plateHigh).times(0.5);
            into.stroke(pen.path(mid, new Vec(mid.x() + 0.1, 0.02, 0)), LINE * 2, INK, l, 0, false);
            if (b.near.wrist().y() < b.waist.y()) {
                handle(b.near.hand(), top, into);
            }
        }
    }

    /**
     * A side handle under a low hand on the leg press: a short dark grip along the seat on a thin post down to
     * the seat frame, so the hands read as holding on rather than floating. The near hand covers it.
     */
    private void handle(Vec hand, double seatTop, Sketch into) {
        Vec grip = hand.minus(new Vec(0, 0.01, 0));
        into.stroke(
                pen.path(grip.minus(new Vec(0.045, 0, 0)), grip.plus(new Vec(0.045, 0, 0))),
                0.025,
                INK,
                Layer.BEHIND,
                1,
                false);
        into.stroke(
                pen.path(grip, new Vec(grip.x(), Math.min(grip.y(), seatTop - 0.045), 0)),
                LINE * 1.4,
                INK,
                Layer.BEHIND,
                1,
                false);
    }

    /** The roller pad that holds the thighs down on a pull-down machine, just behind the knee. */
    private void thighPad(PosedBody b, Sketch into) {
        Vec knee = b.near.knee();
        Vec thigh = b.near.hip().plus(knee.minus(b.near.hip()).times(0.78));
        Point2D.Double c = pen.flat(thigh.plus(new Vec(0, 0.08, 0)));
        into.fill(new Ellipse2D.Double(c.x - 0.035, c.y - 0.035, 0.07, 0.07), PALE, INK, LINE, Layer.FRONT, 2, false);
        Point2D.Double post = pen.flat(new Vec(knee.x() + 0.07, knee.y() + 0.08, 0));
        into.stroke(new Line2D.Double(c.x + 0.035, c.y, post.x, post.y), LINE * 1.4, INK, Layer.BEHIND, 0, false);
        into.stroke(new Line2D.Double(post.x, post.y, post.x, 0.02), LINE * 1.4, INK, Layer.BEHIND, 0, false);
    }
}
