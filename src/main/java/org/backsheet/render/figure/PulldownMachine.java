package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * The pull-down machine as the person faces it: the tall column with its weight stack in front of the knees,
 * the arm over the head with a pulley, the cable down to the bar in the hands, the roller pads on the thighs
 * and the seat. Blind readers missed the cable and the pads when the machine stood behind the person, so
 * everything is drawn from the front column, where the person looks.
 */
final class PulldownMachine {

    private static final double LINE = PropPen.LINE;
    private static final Color INK = PropPen.INK;
    private static final Color PALE = PropPen.PALE;
    private static final double PULLEY = 0.028;
    private static final double PAD = 0.04;

    private final PropPen pen;

    PulldownMachine(PropPen pen) {
        this.pen = pen;
    }

    void draw(PosedBody b, Sketch into) {
        Layer l = Layer.BEHIND;
        double seatTop = PropPen.seatTop(b);
        double px = b.pelvis.x();
        // Where the machine stands depends only on the sitting body, never on the arms, so it stays put
        // between the start and the finish.
        double column = Math.max(b.near.knee().x(), b.near.toe().x()) + 0.1;
        // High enough that the cable shows above a bar held at arm's length (close over it, readers saw "the bar
        // hangs with no cable").
        double top = b.neck.y() + 0.5;
        double pulleyX = b.neck.x() + 0.2;
        into.fill(new Rectangle2D.Double(column, 0.02, 0.06, top - 0.02), PALE, INK, LINE, l, 0, false);
        stack(column + 0.06, into);
        // The arm over the head, the pulley under its end and the cable down to the bar.
        into.stroke(pen.path(new Vec(column + 0.03, top, 0), new Vec(pulleyX - 0.03, top, 0)), 0.035, INK, l, 0, false);
        Vec bar = b.near.hand().plus(b.far.hand()).times(0.5);
        Vec hub = new Vec(pulleyX, top - PULLEY, 0);
        // The cable runs in front of the face, never through the body.
        into.stroke(pen.path(hub, bar), LINE, INK, Layer.FRONT, -1, false);
        Point2D.Double pulley = pen.flat(hub);
        into.fill(
                new Ellipse2D.Double(pulley.x - PULLEY, pulley.y - PULLEY, 2 * PULLEY, 2 * PULLEY),
                PALE,
                INK,
                LINE,
                l,
                2,
                false);
        // The bar reaches out on both sides of the hands; its ends bend down as on a real pull-down bar.
        into.stroke(
                pen.path(
                        bar.plus(new Vec(-0.11, -0.025, 0)),
                        bar.plus(new Vec(-0.085, 0.002, 0)),
                        bar.plus(new Vec(0.085, 0.002, 0)),
                        bar.plus(new Vec(0.11, -0.025, 0))),
                0.022,
                INK,
                Layer.FRONT,
                0,
                false);
        thighPad(b, column, into);
        // The seat on its post, the post on a foot rail that runs to the column.
        into.fill(
                new RoundRectangle2D.Double(px - 0.13, seatTop - 0.045, 0.28, 0.045, 0.03, 0.03),
                PALE,
                INK,
                LINE,
                l,
                1,
                false);
        into.stroke(
                pen.path(new Vec(px + 0.01, seatTop - 0.045, 0), new Vec(px + 0.01, 0.02, 0)),
                LINE * 2,
                INK,
                l,
                0,
                false);
        into.stroke(pen.path(new Vec(px - 0.14, 0.02, 0), new Vec(column + 0.2, 0.02, 0)), 0.03, INK, l, 0, false);
    }

    /** The weight plates stacked at the foot of the column, on its far side from the person. */
    private void stack(double x, Sketch into) {
        double w = 0.1;
        for (int i = 0; i < 5; i++) {
            double y = 0.02 + i * 0.038;
            into.fill(new Rectangle2D.Double(x, y, w, 0.038), PALE, INK, LINE * 0.8, Layer.BEHIND, 1, false);
        }
    }

    /** The roller pad on top of the thighs just behind the knees, on an arm from the column. */
    private void thighPad(PosedBody b, double column, Sketch into) {
        Vec knee = b.near.knee();
        Vec thigh = b.near.hip().plus(knee.minus(b.near.hip()).times(0.8));
        Point2D.Double c = pen.flat(thigh.plus(new Vec(0, 0.047 + PAD, 0)));
        into.stroke(new Line2D.Double(c.x, c.y, column, c.y), LINE * 1.6, INK, Layer.BEHIND, 0, false);
        into.fill(new Ellipse2D.Double(c.x - PAD, c.y - PAD, 2 * PAD, 2 * PAD), PALE, INK, LINE, Layer.FRONT, 2, false);
    }
}
