package org.backsheet.render.figure;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/**
 * The front of the stomach as the pose's belly setting shapes it: rounded out (relaxed, or breathing in) or drawn in
 * (tightened). Tightening the stomach changes nothing else a reader can see, and readers could not tell a relaxed
 * picture from a tightened one while the belly line stayed the same.
 */
final class BellyShape {

    /** Half the length of the soft front of the stomach, along the trunk. */
    private static final double HALF_LENGTH = 0.075;
    /** How far the drawn-in belly's cut reaches into the trunk beyond its deepest point. */
    private static final double CUT = 0.06;

    private final Projection projection;

    BellyShape(Projection projection) {
        this.projection = projection;
    }

    /** Adds the rounded belly of {@code b} to {@code trunk}, or cuts the drawn-in one out of it. */
    void shape(PosedBody b, Area trunk) {
        if (Math.abs(b.belly) < 1e-6) {
            return;
        }
        double shift = PosedBody.BELLY_SHIFT * Math.abs(b.belly);
        if (b.belly > 0) {
            trunk.add(new Area(dome(b, shift, 0, 2 * Math.PI, true)));
        } else {
            Vec centre = centre(b).plus(b.hips.forward().times(BodySketcher.WAIST + CUT - shift));
            trunk.subtract(new Area(arc(centre, b, HALF_LENGTH - 0.005, CUT, 0, 2 * Math.PI, true)));
        }
    }

    /**
     * The front line of the belly of {@code b} had it been rounded out as far as {@code belly} (above 0) says: drawn
     * dashed over a tightened belly, it shows how far the belly came in.
     */
    Path2D.Double formerFront(PosedBody b, double belly) {
        double shift = PosedBody.BELLY_SHIFT * Math.max(0, belly);
        return dome(b, shift, 0.12 * Math.PI, 0.88 * Math.PI, false);
    }

    private Path2D.Double dome(PosedBody b, double shift, double from, double to, boolean closed) {
        Vec centre = centre(b).plus(b.hips.forward().times(BodySketcher.WAIST - 0.02));
        return arc(centre, b, HALF_LENGTH, 0.02 + shift, from, to, closed);
    }

    /** Between the top of the pelvis and the lowest ribs, on the line of the spine. */
    private static Vec centre(PosedBody b) {
        return b.pelvis.plus(b.hips.up().times(0.09));
    }

    /**
     * Part of an ellipse round {@code centre}: half-axis {@code along} down the trunk, {@code out} toward the front,
     * from angle {@code from} to {@code to} (0 toward the pelvis, pi/2 straight out of the belly).
     */
    private Path2D.Double arc(
            Vec centre, PosedBody b, double along, double out, double from, double to, boolean closed) {
        Vec down = b.hips.up().times(-1);
        Vec forward = b.hips.forward();
        Path2D.Double path = new Path2D.Double();
        int steps = 32;
        for (int i = 0; i <= steps; i++) {
            double t = from + (to - from) * i / steps;
            Point2D.Double q = projection.flat(
                    centre.plus(down.times(along * Math.cos(t))).plus(forward.times(out * Math.sin(t))));
            if (i == 0) {
                path.moveTo(q.x, q.y);
            } else {
                path.lineTo(q.x, q.y);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }
}
