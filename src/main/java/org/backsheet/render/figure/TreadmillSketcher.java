package org.backsheet.render.figure;

import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.backsheet.model.figure.View;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * A treadmill under a person standing or walking on it: a deck under the feet, a post up from its front to a small
 * console, and a handrail from the console back to the hands. "Stationary bike or treadmill" shows the walker on it
 * beside the cyclist at the same size: drawn small behind the bike it was "a speck", "a child" (figS-3/4).
 */
final class TreadmillSketcher {

    /** How thick the deck is, under the soles. */
    static final double DECK = 0.07;

    private final PropPen pen;

    TreadmillSketcher(PropPen pen) {
        this.pen = pen;
    }

    /** Nothing for a person sitting (on the bike, in the same figure): the treadmill is for walking. */
    void treadmill(PosedBody b, Sketch into) {
        if (pen.view != View.SIDE || b.nearHipFlexion >= MachineSketcher.SEATED) {
            return;
        }
        double line = PropPen.LINE;
        double sole = Double.MAX_VALUE;
        double back = Double.MAX_VALUE;
        double front = -Double.MAX_VALUE;
        for (PosedBody.Side s : List.of(b.near, b.far)) {
            for (Vec v : List.of(s.heel(), s.toe())) {
                sole = Math.min(sole, v.y());
                back = Math.min(back, v.x());
                front = Math.max(front, v.x());
            }
        }
        double top = sole - 0.008;
        double start = back - 0.1;
        double end = front + 0.16;
        into.fill(
                new RoundRectangle2D.Double(start, top - DECK, end - start, DECK, 0.04, 0.04),
                PropPen.PALE,
                PropPen.INK,
                line,
                Layer.BEHIND,
                0,
                false);
        // The post rises from the front of the deck to a console at about hand height; the handrail runs back to the
        // hands.
        Vec hands = b.near.hand().plus(b.far.hand()).times(0.5);
        Vec console = new Vec(end + 0.03, Math.max(hands.y(), top + 0.45) + 0.06, 0);
        into.stroke(pen.path(new Vec(end - 0.05, top, 0), console), line * 1.8, PropPen.INK, Layer.BEHIND, 0, false);
        into.fill(
                new Rectangle2D.Double(console.x() - 0.08, console.y() - 0.01, 0.11, 0.05),
                PropPen.PALE,
                PropPen.INK,
                line,
                Layer.BEHIND,
                1,
                false);
        into.stroke(
                pen.path(console.plus(new Vec(-0.02, -0.04, 0)), new Vec(hands.x() - 0.04, hands.y(), 0)),
                line * 1.6,
                PropPen.INK,
                Layer.FRONT,
                -1,
                false);
        pen.floorUnder(b, start - 0.05, into);
    }
}
