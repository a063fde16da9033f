package org.backsheet.render.figure;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * The towel of the towel stretches: a thin dark strap that wraps the sole of the raised foot and runs in two
 * slightly sagging strands to the hands. It hugs the foot (a loop standing off the sole read as a rigid ring)
 * and lies under the near hand, so the hand is seen holding it.
 */
final class TowelSketcher {

    /** The width of the strap, in figure units: a wider band read as "a black board or stick". */
    private static final double WIDTH = 0.014;
    /** How far the strands sag below the straight line between the foot and the hands. */
    private static final double SAG = 0.045;

    private final PropPen pen;

    TowelSketcher(PropPen pen) {
        this.pen = pen;
    }

    /** The towel round the higher foot of {@code b}; {@code dashed} for an end position drawn over the start. */
    void towel(PosedBody b, boolean dashed, Sketch into) {
        PosedBody.Side foot = b.near.toe().y() >= b.far.toe().y() ? b.near : b.far;
        Point2D.Double heel = pen.flat(foot.heel());
        Point2D.Double toe = pen.flat(foot.toe());
        Point2D.Double ankle = pen.flat(foot.ankle());
        double tx = toe.x - heel.x;
        double ty = toe.y - heel.y;
        double len = Math.hypot(tx, ty);
        tx /= len;
        ty /= len;
        // Out of the sole: away from the ankle.
        double nx = -ty;
        double ny = tx;
        if ((heel.x - ankle.x) * nx + (heel.y - ankle.y) * ny < 0) {
            nx = -nx;
            ny = -ny;
        }
        double off = WIDTH / 2 + 0.006;
        // The strap crosses the sole between the arch and the ball of the foot.
        Point2D.Double ball = along(heel, tx, ty, nx, ny, len * 0.78, off);
        Point2D.Double arch = along(heel, tx, ty, nx, ny, len * 0.38, off);
        Point2D.Double hand = pen.flat(b.near.hand().plus(b.far.hand()).times(0.5));
        Path2D.Double strap = new Path2D.Double();
        strap.moveTo(hand.x, hand.y);
        strap.quadTo((hand.x + ball.x) / 2, (hand.y + ball.y) / 2 - SAG, ball.x, ball.y);
        strap.lineTo(arch.x, arch.y);
        strap.quadTo((hand.x + arch.x) / 2, (hand.y + arch.y) / 2 - SAG * 1.3, hand.x, hand.y);
        Area shape = Shapes.thick(strap, WIDTH);
        if (dashed) {
            into.dashed(shape, PropPen.LINE * 0.7, PropPen.INK, Layer.GHOST, 1);
        } else {
            // Over the legs, under the near arm (which is drawn at its own depth plus a little). Solid dark, so
            // the strap never merges with the white arms beside it.
            double depth =
                    pen.projection.depth(b.near.elbow().plus(b.near.wrist()).times(0.5));
            into.fill(shape, PropPen.INK, PropPen.INK, PropPen.LINE * 0.3, Layer.BODY, depth, false);
        }
    }

    private static Point2D.Double along(
            Point2D.Double from, double tx, double ty, double nx, double ny, double distance, double out) {
        return new Point2D.Double(from.x + tx * distance + nx * out, from.y + ty * distance + ny * out);
    }
}
