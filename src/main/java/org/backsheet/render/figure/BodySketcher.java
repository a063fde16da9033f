package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.backsheet.model.figure.View;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * Draws a posed body as a clean line drawing: each part a rounded white shape with a black outline (a limb
 * behind another is simply covered by it), a head with hair and a nose so the face direction reads at once, hands, and
 * feet with a heel and toes. Legs are drawn clearly thicker than arms, so an arm is never read as a leg.
 */
final class BodySketcher {

    /** The outline of every body shape. */
    static final double LINE = 0.0105;
    /** Half-widths (radii) of the limb segments at their upper and lower ends. */
    static final double THIGH_TOP = 0.047;

    static final double KNEE = 0.033;
    private static final double ANKLE = 0.022;
    private static final double SHOULDER = 0.021;
    private static final double ELBOW = 0.0165;
    private static final double WRIST = 0.013;
    private static final double HAND = 0.018;
    private static final double PELVIS = 0.064;
    static final double WAIST = 0.058;
    private static final double CHEST = 0.067;
    private static final double NECK = 0.025;

    /**
     * A near leg raised at least this far (hip flexion, degrees) is seen coming out of the hips: the round top of
     * its thigh drawn over the pelvis read as "a leg cut off at the hip" (towel stretch, knees to chest).
     */
    static final double RAISED_LEG = 55;

    /** The shade of a leg singled out ({@code SHADED_LEG}): light, so its outline and the hands near it still read. */
    static final Color SHADED = Tones.gray(0.82);

    private final Projection projection;
    private final boolean arms;
    private final boolean legs;
    private final boolean shadedNearLeg;
    private final FaceSketcher faces;

    BodySketcher(Projection projection) {
        this(projection, true, true);
    }

    /**
     * {@code arms} false leaves the arms out: a magnified detail of the back should not be hidden by them; {@code
     * legs} false leaves the legs out too, so a detail of the lower back shows only the back, the floor and the gap
     * between them (the rounded tops of the thighs read as a second back).
     */
    BodySketcher(Projection projection, boolean arms, boolean legs) {
        this(projection, arms, legs, false);
    }

    private BodySketcher(Projection projection, boolean arms, boolean legs, boolean shadedNearLeg) {
        this.projection = projection;
        this.arms = arms;
        this.legs = legs;
        this.shadedNearLeg = shadedNearLeg;
        this.faces = new FaceSketcher(projection);
    }

    /**
     * This sketcher with the near leg shaded ({@code shaded}): readers could not find the one leg that crosses or
     * moves among the white limbs ("a knot", "which leg moves?") and asked for it shaded.
     */
    BodySketcher shadedNearLeg(boolean shaded) {
        return new BodySketcher(projection, arms, legs, shaded);
    }

    void sketch(PosedBody body, Tones tones, Layer layer, Sketch into) {
        Color shade = shadedNearLeg && tones.fill() != null ? SHADED : tones.fill();
        // A far foot resting on the near leg belongs to the leg that crosses: that one is shaded, and its shin and
        // foot lie over the near leg (seen from the side of the leg that is pulled, the hands stay in sight).
        boolean farCrosses = body.farFootOnNearLeg;
        double over = farCrosses ? depth(body.near.knee(), body.near.ankle()) + 0.0002 : Double.NaN;
        limbs(body.far, farCrosses ? shade : tones.fill(), tones.fill(), over, Double.NaN, tones, layer, into);
        // The shaded near leg is the one the reader follows: it lies over the other leg, as a knee crossed over a
        // straight leg really does (seen from the feet, the straight leg's own depth drew it over the crossing
        // thigh, and readers saw the knee "under" the leg it crosses).
        double nearLeg = shade != tones.fill() && !farCrosses
                ? Math.max(
                        depth(body.near.knee(), body.near.ankle()), depth(body.far.knee(), body.far.ankle()) + 0.0002)
                : Double.NaN;
        limbs(body.near, farCrosses ? tones.fill() : shade, tones.fill(), Double.NaN, nearLeg, tones, layer, into);
        trunk(body, tones, layer, into);
        head(body, tones, layer, into);
        if (legs && !tones.dashed() && projection.view() == View.SIDE && body.nearHipFlexion >= RAISED_LEG) {
            hipJoin(body, layer, into);
        }
    }

    /**
     * Whites out the top of the raised near thigh where it lies over the pelvis, so the leg is seen coming out of
     * the hips instead of starting with a round end laid on them. Seen from the side the hip joint is the middle of
     * the pelvis, so a circle a line narrower than the pelvis covers the thigh's end and leaves the trunk's outline.
     */
    private void hipJoin(PosedBody b, Layer layer, Sketch into) {
        Area join = Shapes.circle(p(b.near.hip()), Math.min(THIGH_TOP + LINE, PELVIS - LINE));
        if (b.farFootOnNearLeg) {
            // The far leg crossing over rises from the hips beside the near one: the join must not cut into it.
            join.subtract(Shapes.capsule(p(b.far.hip()), p(b.far.knee()), THIGH_TOP + LINE, KNEE + LINE));
        }
        double d = depth(b.near.knee(), b.near.ankle()) + 0.0001;
        into.fill(join, Color.WHITE, null, 0, layer, d, false);
    }

    /**
     * One side's leg and arm; {@code shinOver}, unless NaN, is the depth the shin and foot are drawn at, apart from
     * the thigh (a foot resting on the other leg); {@code legDepth}, unless NaN, the depth of the whole leg.
     */
    private void limbs(
            PosedBody.Side s,
            Color legFill,
            Color fill,
            double shinOver,
            double legDepth,
            Tones tones,
            Layer layer,
            Sketch into) {
        if (legs) {
            Area leg = Shapes.capsule(p(s.hip()), p(s.knee()), THIGH_TOP, KNEE);
            Area shin = Shapes.capsule(p(s.knee()), p(s.ankle()), KNEE, ANKLE);
            shin.add(foot(s));
            if (Double.isNaN(shinOver)) {
                leg.add(shin);
            } else {
                part(shin, legFill, tones, layer, shinOver, into);
            }
            part(leg, legFill, tones, layer, Double.isNaN(legDepth) ? depth(s.knee(), s.ankle()) : legDepth, into);
        }
        if (!arms) {
            return;
        }
        Area arm = Shapes.capsule(p(s.shoulder()), p(s.elbow()), SHOULDER, ELBOW);
        arm.add(Shapes.capsule(p(s.elbow()), p(s.wrist()), ELBOW, WRIST));
        Vec along = s.hand().minus(s.wrist());
        arm.add(Shapes.capsule(
                p(s.wrist().plus(along.times(0.3))), p(s.hand().minus(along.times(0.25))), HAND, HAND * 0.8));
        part(arm, fill, tones, layer, depth(s.elbow(), s.wrist()) + 0.0005, into);
    }

    /** A foot with a round heel behind the ankle and the toes in front, its sole flat. */
    private Area foot(PosedBody.Side s) {
        Vec sole = s.toe().minus(s.heel());
        Vec forward = sole.times(1 / Math.sqrt(sole.dot(sole)));
        Vec up = s.ankle().minus(s.heel());
        up = up.minus(forward.times(up.dot(forward)));
        up = up.times(1 / Math.max(1e-9, Math.sqrt(up.dot(up))));
        double r = 0.009;
        return Shapes.rounded(
                2 * r,
                p(s.heel().plus(up.times(r)).plus(forward.times(r))),
                p(s.toe().plus(up.times(r)).minus(forward.times(r))),
                p(s.toe().plus(up.times(0.031)).minus(forward.times(0.035))),
                p(s.ankle().plus(forward.times(0.024))),
                p(s.ankle().minus(forward.times(0.018))));
    }

    private void trunk(PosedBody b, Tones tones, Layer layer, Sketch into) {
        Vec chestCentre = b.neck.minus(b.chest.up().times(0.062));
        Area trunk = Shapes.capsule(p(b.pelvis), p(b.waist), PELVIS, WAIST);
        trunk.add(Shapes.capsule(p(b.waist), p(chestCentre), WAIST, CHEST));
        // Seen from the front or above the trunk is wider than deep: join the hips and the shoulders.
        Vec hipOff = b.near.hip().minus(b.pelvis).times(0.5);
        Vec shoulderOff = b.near.shoulder().minus(b.far.shoulder()).times(0.28);
        // The join runs through the waist, so a back arched off the floor keeps its hollow in the side view.
        Vec waistOff = hipOff.plus(shoulderOff).times(0.5);
        trunk.add(Shapes.rounded(
                2 * WAIST,
                p(b.pelvis.plus(hipOff)),
                p(b.waist.plus(waistOff)),
                p(chestCentre.plus(shoulderOff)),
                p(chestCentre.minus(shoulderOff)),
                p(b.waist.minus(waistOff)),
                p(b.pelvis.minus(hipOff))));
        new BellyShape(projection).shape(b, trunk);
        double d = projection.depth(b.waist);
        Area neck = Shapes.capsule(p(b.neck.minus(b.chest.up().times(0.03))), p(b.head), NECK, NECK);
        part(neck, tones.fill(), tones, layer, d - 0.0001, into);
        part(trunk, tones.fill(), tones, layer, d, into);
    }

    private void head(PosedBody b, Tones tones, Layer layer, Sketch into) {
        Point2D.Double c = p(b.head);
        double r = PosedBody.HEAD_RADIUS;
        double d = projection.depth(b.head) + 0.0002;
        if (projection.view() != View.SIDE && projection.view() != View.FRONT && projection.view() != View.TOP) {
            // From the feet the chest would hide the chin and mouth: the head is drawn over the trunk (as if on a
            // pillow), so the face that shows the person lies face up stays whole; the legs still cover it.
            d = Math.max(d, projection.depth(b.waist) + 0.001);
        }
        Area head = Shapes.circle(c, r);
        Point2D.Double faceTip = p(b.head.plus(b.face.times(r)));
        Point2D.Double chin = p(b.head.minus(b.crown.times(r)));
        double fx = (faceTip.x - c.x) / r;
        double fy = (faceTip.y - c.y) / r;
        double across = Math.hypot(fx, fy);
        // From the feet a face turned up is seen from the front (eyes and mouth); only a head turned to one side
        // shows its profile there, which is the cue of the head turn.
        boolean faceAcross = across > (projection.view() == View.FEET ? 0.85 : 0.55) && !faces.facingReader(b);
        if (faceAcross) {
            double dx = fx / across;
            double dy = fy / across;
            double cx = (chin.x - c.x) / r;
            double cy = (chin.y - c.y) / r;
            // The nose sits a little below the middle of the face, toward the chin.
            double bx = c.x + dx * r * 0.8 + cx * r * 0.12;
            double by = c.y + dy * r * 0.8 + cy * r * 0.12;
            head.add(Shapes.rounded(
                    0.006,
                    new Point2D.Double(bx - cx * r * 0.28, by - cy * r * 0.28),
                    new Point2D.Double(bx + dx * r * 0.42 + cx * r * 0.12, by + dy * r * 0.42 + cy * r * 0.12),
                    new Point2D.Double(bx + cx * r * 0.2, by + cy * r * 0.2)));
        }
        part(head, tones.fill(), tones, layer, d, into);
        if (tones.dashed()) {
            return;
        }
        into.fill(faces.hair(b, c, r, faceAcross), tones.ink(), null, 0, layer, d + 0.00001, false);
        if (!faceAcross && projection.depth(b.head.plus(b.face)) > projection.depth(b.head)) {
            faces.frontFace(b, c, r, layer, d, tones, into);
        }
        if (faceAcross) {
            double dx = fx / across;
            double dy = fy / across;
            Point2D.Double up = p(b.head.plus(b.crown.times(r)));
            double ux = (up.x - c.x) / r;
            double uy = (up.y - c.y) / r;
            Point2D.Double eye =
                    new Point2D.Double(c.x + dx * r * 0.5 + ux * r * 0.2, c.y + dy * r * 0.5 + uy * r * 0.2);
            into.fill(Shapes.circle(eye, r * 0.11), tones.ink(), null, 0, layer, d + 0.00002, false);
        }
    }

    /** One body part: filled and outlined, or only dashed for a position the body moves to. */
    private void part(Area shape, Color fill, Tones tones, Layer layer, double depth, Sketch into) {
        if (tones.dashed()) {
            into.dashed(shape, LINE * 0.9, tones.ink(), layer, depth);
        } else {
            into.fill(shape, fill, tones.ink(), LINE, layer, depth, false);
        }
    }

    private double depth(Vec a, Vec b) {
        return (projection.depth(a) + projection.depth(b)) / 2;
    }

    private Point2D.Double p(Vec v) {
        return projection.flat(v);
    }

    Path2D.Double line(Vec... points) {
        Path2D.Double path = new Path2D.Double();
        Point2D.Double f = p(points[0]);
        path.moveTo(f.x, f.y);
        for (int i = 1; i < points.length; i++) {
            f = p(points[i]);
            path.lineTo(f.x, f.y);
        }
        return path;
    }
}
