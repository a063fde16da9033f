package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * The towel of the towel stretches: a band of cloth that wraps the sole of the raised foot, runs in two sagging
 * strands to the hands and hangs in two loose ends below them. Grey with a black outline, so it never merges with
 * the white arms beside it; the loose ends and the sag say "cloth" (a thin black strap read as "a stiff bar", and
 * the two strands alone as "a sail"). It lies under the near hand, so the hand is seen holding it, and behind the
 * raised leg, so the whole foot shows with the towel round its sole.
 */
final class TowelSketcher {

    /** The width of the band, in figure units: wide enough to show its grey between the outlines at 4 cm. */
    private static final double WIDTH = 0.022;
    /** How far the strands sag below the straight line between the foot and the hands. */
    private static final double SAG = 0.035;
    /** How far the loose ends hang below the hands. */
    private static final double TAIL = 0.075;
    /** The cloth's shade: darker than the white body, light enough that its black outline shows. */
    private static final Color CLOTH = Tones.gray(0.45);

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
        double off = WIDTH / 2 + 0.004;
        // The band crosses the sole from the arch to the ball of the foot, and wraps up round both edges of it.
        Point2D.Double ball = along(heel, tx, ty, nx, ny, len * 0.8, off);
        Point2D.Double arch = along(heel, tx, ty, nx, ny, len * 0.42, off);
        Point2D.Double ballSide = along(heel, tx, ty, nx, ny, len * 0.84, -0.012);
        Point2D.Double archSide = along(heel, tx, ty, nx, ny, len * 0.36, -0.012);
        Point2D.Double hand = pen.flat(b.near.hand().plus(b.far.hand()).times(0.5));
        Point2D.Double grip = pen.flat(b.near.wrist().plus(b.far.wrist()).times(0.5));
        // The towel leaves the fist between the wrist and the fingertips.
        Point2D.Double held = new Point2D.Double((hand.x + grip.x) / 2, (hand.y + grip.y) / 2);
        Path2D.Double strap = new Path2D.Double();
        strap.moveTo(held.x, held.y);
        strap.quadTo((held.x + ball.x) / 2, (held.y + ball.y) / 2 - SAG, ballSide.x, ballSide.y);
        strap.lineTo(ball.x, ball.y);
        strap.lineTo(arch.x, arch.y);
        strap.lineTo(archSide.x, archSide.y);
        strap.quadTo((held.x + arch.x) / 2, (held.y + arch.y) / 2 - SAG * 1.5, held.x, held.y);
        Area shape = Shapes.thick(strap, WIDTH);
        shape.add(Shapes.thick(tails(held), WIDTH * 0.9));
        if (dashed) {
            into.dashed(shape, PropPen.LINE * 0.7, PropPen.INK, Layer.GHOST, 1);
        } else {
            // Behind the raised leg (drawn at the depth of its knee and ankle), in front of the trunk; the near arm,
            // nearer still, holds it.
            double leg = pen.projection.depth(foot.knee().plus(foot.ankle()).times(0.5));
            double arm =
                    pen.projection.depth(b.near.elbow().plus(b.near.wrist()).times(0.5));
            double depth = Math.min(leg, arm) - 0.001;
            into.fill(shape, CLOTH, PropPen.INK, BodySketcher.LINE * 0.8, Layer.BODY, depth, false);
        }
    }

    /** The two loose ends of the towel, hanging from the fist and curling a little apart. */
    private static Path2D.Double tails(Point2D.Double held) {
        Path2D.Double tails = new Path2D.Double();
        for (int side = -1; side <= 1; side += 2) {
            tails.moveTo(held.x, held.y);
            tails.quadTo(held.x + side * 0.006, held.y - TAIL * 0.6, held.x + side * 0.02, held.y - TAIL);
        }
        return tails;
    }

    private static Point2D.Double along(
            Point2D.Double from, double tx, double ty, double nx, double ny, double distance, double out) {
        return new Point2D.Double(from.x + tx * distance + nx * out, from.y + ty * distance + ny * out);
    }
}
