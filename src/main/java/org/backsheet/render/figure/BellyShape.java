package org.backsheet.render.figure;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import org.backsheet.model.figure.View;

/**
 * The front of the stomach as the pose's belly setting shapes it: rounded out (relaxed, or breathing in) or drawn in
 * (tightened). Tightening the stomach changes nothing else a reader can see, and readers could not tell a relaxed
 * picture from a tightened one while the belly line stayed the same.
 */
final class BellyShape {

    /**
     * Half the length of the soft front of the stomach, along the trunk: longer than the belly is deep, so the rounded
     * belly and its dashed line read as a belly (as long as deep, the dashed line read as "a ball or a target").
     */
    private static final double HALF_LENGTH = 0.1;
    /** How far the drawn-in belly's cut reaches into the trunk beyond its deepest point. */
    private static final double CUT = 0.06;

    private final Projection projection;

    BellyShape(Projection projection) {
        this.projection = projection;
    }

    /** Adds the rounded belly of {@code b} to {@code trunk}, or cuts the drawn-in one out of it (side view). */
    void shape(PosedBody b, Area trunk) {
        if (Math.abs(b.belly) < 1e-6 || projection.view() != View.SIDE) {
            return;
        }
        double shift = PosedBody.BELLY_SHIFT * Math.abs(b.belly);
        if (b.belly > 0) {
            trunk.add(new Area(ellipse(b, BodySketcher.WAIST - 0.02, HALF_LENGTH, 0.02 + shift)));
        } else {
            trunk.subtract(new Area(ellipse(b, BodySketcher.WAIST + CUT - shift, HALF_LENGTH - 0.005, CUT)));
        }
    }

    /**
     * The front line of the belly of {@code b} had it been rounded out as far as {@code belly} (above 0) says: drawn
     * dashed over a tightened belly, it shows how far the belly came in.
     */
    Shape formerFront(PosedBody b, double belly) {
        double shift = PosedBody.BELLY_SHIFT * Math.max(0, belly);
        double out = 0.02 + shift;
        // The front half of the rounded belly's ellipse, less its ends where it meets the trunk.
        Arc2D.Double arc = new Arc2D.Double(-HALF_LENGTH, -out, 2 * HALF_LENGTH, 2 * out, 200, 140, Arc2D.OPEN);
        return frame(b, BodySketcher.WAIST - 0.02).createTransformedShape(arc);
    }

    /** An ellipse along the trunk, its centre {@code front} out of the line of the spine. */
    private Shape ellipse(PosedBody b, double front, double along, double out) {
        return frame(b, front).createTransformedShape(new Ellipse2D.Double(-along, -out, 2 * along, 2 * out));
    }

    /**
     * From a frame whose x runs down the trunk and whose y runs out of the belly (a flat shape drawn round the
     * origin) to the page: the origin lies between the top of the pelvis and the lowest ribs, {@code front} out of
     * the line of the spine.
     */
    private AffineTransform frame(PosedBody b, double front) {
        Point2D.Double c = projection.flat(
                b.pelvis.plus(b.hips.up().times(0.09)).plus(b.hips.forward().times(front)));
        Point2D.Double down = projection.flat(b.pelvis.minus(b.hips.up()));
        Point2D.Double pelvis = projection.flat(b.pelvis);
        Point2D.Double ahead = projection.flat(b.pelvis.plus(b.hips.forward()));
        return new AffineTransform(
                down.x - pelvis.x, down.y - pelvis.y, ahead.x - pelvis.x, ahead.y - pelvis.y, c.x, c.y);
    }
}
