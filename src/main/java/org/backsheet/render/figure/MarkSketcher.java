package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Prop;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * Marks that are not things but say what to look for in a picture: the straight line from the shoulders through
 * the hips to the knees at the top of a bridge, the muscles that work (stomach, buttocks) drawn as muscles, and the
 * muscle a stretch is felt in. Readers could not tell two lying pictures apart when what mattered was a line or a
 * muscle nobody had drawn, nor where a standing stretch should be felt.
 */
final class MarkSketcher {

    /** Shoulder, hip and knee count as in line when the body bends less than this at the hip (degrees). */
    static final double IN_LINE = 14;
    /** The shade of a working muscle: light enough that outlines and hands on it still read. */
    static final Color WORKING = Tones.gray(0.6);
    /** The shade of the part where a stretch is felt: darker than a leg singled out, so the two never mix. */
    static final Color STRETCHED = Tones.gray(0.45);

    /** Where the words of a small lift hang from, from the hips along and from the floor up: the mat's underside. */
    private static final double[] SMALL_LIFT_AT = {0.0, -0.035};

    /** The line of a heel's track on the floor. */
    private static final double TRACK_WIDTH = 0.009;

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
     * The stomach muscles drawn as working: a grey spindle with pale fibres along the front of the trunk, from
     * the pelvis to below the ribs, over the body and under the hands that rest on it. (A plain grey band there
     * read as "a belt or a bruise"; a muscle's spindle shape with its fibres reads as a muscle.)
     */
    void workingStomach(PosedBody b, Sketch into) {
        Vec forward = b.hips.forward();
        Vec up = b.hips.up();
        Vec low = b.pelvis.minus(up.times(0.005)).plus(forward.times(0.035));
        Vec high = b.waist.plus(up.times(0.1)).plus(forward.times(0.035));
        muscle(low, high, forward, 0.03, projection.depth(b.waist) + 0.00005, WORKING, into);
    }

    /**
     * The buttock muscles drawn as working: a spindle like the stomach's at the back of the hips, from above the
     * hip joint down toward the back of the thigh, where the buttock shows below the thigh.
     */
    void workingButtocks(PosedBody b, Sketch into) {
        Vec forward = b.hips.forward();
        Vec up = b.hips.up();
        Vec back = forward.times(-0.047);
        Vec high = b.pelvis.plus(up.times(0.04)).plus(back);
        Vec low = b.pelvis.minus(up.times(0.055)).plus(back).plus(forward.times(0.01));
        // Over the near thigh: from the side its round top would hide the back of the hips.
        muscle(low, high, forward, 0.02, Double.MAX_VALUE, WORKING, into);
    }

    /**
     * "a few cm" written under the floor, below the gap under the lifted hips and the arrow standing in it: the hip
     * lift's hips rise only a little, and readers took it for the bridge. (Inside the gap, between the buttocks and
     * the shin, the words covered the arrow and the leg.)
     */
    void smallLift(PosedBody b, Sketch into) {
        Point2D.Double hip = projection.flat(b.pelvis);
        Point2D.Double at = new Point2D.Double(hip.x + SMALL_LIFT_AT[0], SMALL_LIFT_AT[1]);
        into.word(
                new Sketch.Word("note.fewCm", at, 0.9), new Rectangle2D.Double(at.x - 0.12, at.y - 0.065, 0.24, 0.065));
    }

    /** Where the figure's stretch is felt ({@code STRETCHED_...} marks), for a picture after the first. */
    void stretches(Figure figure, PosedBody b, Sketch into) {
        if (figure.hasProp(Prop.STRETCHED_HAMSTRING)) {
            stretchedHamstring(b, into);
        }
        if (figure.hasProp(Prop.STRETCHED_HIP_FLEXOR)) {
            stretchedHipFlexor(b, into);
        }
    }

    /**
     * The back half of the near thigh shaded, from below the buttock to above the knee, on the side of the thigh the
     * knee bends toward: where a hamstring stretch is felt. (A muscle's spindle there read as "a smear or an injury".)
     */
    void stretchedHamstring(PosedBody b, Sketch into) {
        stretchedThigh(b, 1, 0.14, 0.92, into);
    }

    /**
     * The front half of the near thigh's upper part shaded, where it leaves the hip: where a kneeling hip flexor
     * stretch is felt (readers saw "a plain lunge").
     */
    void stretchedHipFlexor(PosedBody b, Sketch into) {
        stretchedThigh(b, -1, 0.08, 0.7, into);
    }

    /**
     * Half of the near thigh shaded between {@code from} and {@code to} of its length: the half the knee bends toward
     * ({@code side} 1, the back) or the other ({@code side} -1, the front). The shade stays a line inside the thigh's
     * outline, so the outline still reads.
     */
    private void stretchedThigh(PosedBody b, int side, double from, double to, Sketch into) {
        Vec hip = b.near.hip();
        Vec along = b.near.knee().minus(hip);
        Vec shin = b.near.ankle().minus(b.near.knee());
        Vec back = shin.minus(along.times(shin.dot(along) / along.dot(along)));
        double length = Math.sqrt(back.dot(back));
        // A straight knee gives no side to bend toward: the back of the thigh is then the back of the hips.
        back = length < 1e-6 ? b.hips.forward().times(-1) : back.times(1 / length);
        Vec out = back.times(0.2 * side);
        double inside = BodySketcher.LINE * 0.7;
        Area thigh = Shapes.capsule(
                projection.flat(hip),
                projection.flat(b.near.knee()),
                BodySketcher.THIGH_TOP - inside,
                BodySketcher.KNEE - inside);
        // The shaded part reaches a little past the middle of the thigh, so it reads at print size.
        Vec past = back.times(-0.012 * side);
        Point2D.Double top = projection.flat(hip.plus(along.times(from)).plus(past));
        Point2D.Double low = projection.flat(hip.plus(along.times(to)).plus(past));
        Point2D.Double lowOut = projection.flat(hip.plus(along.times(to)).plus(out));
        Point2D.Double topOut = projection.flat(hip.plus(along.times(from)).plus(out));
        Path2D.Double half = new Path2D.Double();
        half.moveTo(top.x, top.y);
        half.lineTo(low.x, low.y);
        half.lineTo(lowOut.x, lowOut.y);
        half.lineTo(topOut.x, topOut.y);
        half.closePath();
        thigh.intersect(new Area(half));
        double depth = (projection.depth(b.near.knee()) + projection.depth(b.near.ankle())) / 2 + 0.0002;
        into.fill(thigh, STRETCHED, null, 0, Layer.BODY, depth, false);
    }

    /**
     * A muscle: a spindle of {@code shade} from {@code from} to {@code to}, {@code half} wide each way, with three
     * fibres.
     */
    private void muscle(Vec from, Vec to, Vec across, double half, double depth, Color shade, Sketch into) {
        Vec mid = from.plus(to).times(0.5);
        Point2D.Double a = projection.flat(from);
        Point2D.Double z = projection.flat(to);
        // A quadratic curve reaches half way to its control point: the controls sit twice as far out.
        Point2D.Double bulge1 = projection.flat(mid.plus(across.times(half * 2)));
        Point2D.Double bulge2 = projection.flat(mid.minus(across.times(half * 2)));
        Path2D.Double spindle = new Path2D.Double();
        spindle.moveTo(a.x, a.y);
        spindle.quadTo(bulge1.x, bulge1.y, z.x, z.y);
        spindle.quadTo(bulge2.x, bulge2.y, a.x, a.y);
        spindle.closePath();
        into.fill(spindle, shade, Tones.INK, BodySketcher.LINE * 0.6, Layer.BODY, depth, false);
        for (int i = -1; i <= 1; i++) {
            // The middle fibre runs nearly end to end, the outer ones are shorter, all bowed like the outline.
            double reach = 0.4 * (1 - 0.55 * Math.abs(i));
            Point2D.Double bow = projection.flat(mid.plus(across.times(half * 0.9 * i)));
            Path2D.Double fibre = new Path2D.Double();
            fibre.moveTo(a.x + (z.x - a.x) * (0.5 - reach), a.y + (z.y - a.y) * (0.5 - reach));
            fibre.quadTo(bow.x, bow.y, a.x + (z.x - a.x) * (0.5 + reach), a.y + (z.y - a.y) * (0.5 + reach));
            into.stroke(fibre, BodySketcher.LINE * 0.45, Color.WHITE, Layer.BODY, depth + 0.00001, false);
        }
    }

    /**
     * The belly's front as it was in the first picture ({@code was}, rounded out), dashed over the belly drawn in:
     * readers saw the change only when the old line was there to compare.
     */
    void formerBelly(PosedBody b, double was, Sketch into) {
        into.dashed(
                new BellyShape(projection).formerFront(b, was),
                BodySketcher.LINE * 1.4,
                Tones.INK,
                Layer.BODY,
                projection.depth(b.waist) + 0.00005);
    }

    /**
     * A dashed track along the mat under the near heel, from where it is in {@code from} to where it is in {@code
     * to}, so the reader sees the heel stays down and slides.
     */
    void heelTrack(PosedBody from, PosedBody to, Sketch into) {
        double a = projection.flat(from.near.heel()).x;
        double b = projection.flat(to.near.heel()).x;
        if (Math.abs(a - b) < PointTravel.STILL) {
            return;
        }
        // On the face of the mat, just under the floor line: on the floor itself the leg that slides hides it.
        double y = -0.013;
        into.dashed(new Line2D.Double(a, y, b, y), TRACK_WIDTH, Tones.INK, Layer.BEHIND, 2);
    }

    /** The signed angle from (ax, ay) to (bx, by), in radians. */
    private static double angle(double ax, double ay, double bx, double by) {
        return Math.atan2(ax * by - ay * bx, ax * bx + ay * by);
    }
}
