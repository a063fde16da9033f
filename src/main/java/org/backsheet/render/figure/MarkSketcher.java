package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * Marks that are not things but say what to look for in a picture: the straight line from the shoulders through
 * the hips to the knees at the top of a bridge, and the stomach muscles shaded where they work. Readers could not
 * tell two lying pictures apart when what mattered was a line or a muscle nobody had drawn.
 */
final class MarkSketcher {

    /** Shoulder, hip and knee count as in line when the body bends less than this at the hip (degrees). */
    static final double IN_LINE = 14;
    /** The shade of a working muscle: light enough that outlines and hands on it still read. */
    static final Color WORKING = Tones.gray(0.45);

    private final Projection projection;

    MarkSketcher(Projection projection) {
        this.projection = projection;
    }

    /**
     * A dashed straight line from just beyond the shoulder through the hip to just beyond the knee, drawn only
     * where the three are in line: not on the lying start of a bridge, plainly on its top.
     */
    void bodyLine(PosedBody b, Sketch into) {
        Point2D.Double s = projection.flat(b.near.shoulder());
        Point2D.Double h = projection.flat(b.near.hip());
        Point2D.Double k = projection.flat(b.near.knee());
        double bend = Math.toDegrees(Math.abs(angle(h.x - s.x, h.y - s.y, k.x - h.x, k.y - h.y)));
        if (bend > IN_LINE) {
            return;
        }
        double dx = k.x - s.x;
        double dy = k.y - s.y;
        double len = Math.hypot(dx, dy);
        dx /= len;
        dy /= len;
        double before = 0.09;
        double beyond = 0.07;
        into.dashed(
                new Line2D.Double(s.x - dx * before, s.y - dy * before, k.x + dx * beyond, k.y + dy * beyond),
                ArrowSketcher.WIDTH * 0.75,
                Tones.INK,
                Layer.ARROW,
                -1);
    }

    /**
     * The stomach muscles shaded: the front of the trunk from just above the pelvis to below the ribs, inside the
     * body's outline and under the hands that rest on it.
     */
    void workingStomach(PosedBody b, Sketch into) {
        Vec forward = b.hips.forward();
        Vec up = b.hips.up();
        Vec low = b.pelvis.plus(up.times(0.03)).plus(forward.times(0.03));
        Vec high = b.waist.plus(up.times(0.05)).plus(forward.times(0.03));
        Area muscle = Shapes.capsule(projection.flat(low), projection.flat(high), 0.036, 0.038);
        double depth = projection.depth(b.waist) + 0.00005;
        into.fill(muscle, WORKING, null, 0, Layer.BODY, depth, false);
    }

    /** The signed angle from (ax, ay) to (bx, by), in radians. */
    private static double angle(double ax, double ay, double bx, double by) {
        return Math.atan2(ax * by - ay * bx, ax * bx + ay * by);
    }
}
