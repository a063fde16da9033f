package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * Draws a posed body in the pictogram style of physiotherapy handouts: a round head, a thick rounded trunk and
 * rounded limb strokes, the far-side limbs in a lighter grey.
 */
final class BodySketcher {

    static final double TRUNK_WIDTH = 0.115;
    static final double LEG_WIDTH = 0.058;
    static final double ARM_WIDTH = 0.048;
    static final double FOOT_WIDTH = 0.04;
    private static final double TRUNK_INSET = 0.55;

    private final Projection projection;

    BodySketcher(Projection projection) {
        this.projection = projection;
    }

    void sketch(PosedBody body, Tones tones, Layer layer, Sketch into) {
        double nearDepth = sideDepth(body.near);
        double farDepth = sideDepth(body.far);
        // Seen from above a person lying flat has no far side: both sides keep the dark tone.
        boolean nearIsFarther = nearDepth < farDepth - 0.03;
        boolean farIsFarther = farDepth < nearDepth - 0.03;
        Color nearColor = nearIsFarther ? tones.far() : tones.near();
        Color farColor = farIsFarther ? tones.far() : tones.near();
        Color trunkColor = tones.near();

        limbs(body.far, farColor, layer, into);
        limbs(body.near, nearColor, layer, into);
        trunk(body, trunkColor, layer, into);
        head(body, trunkColor, layer, into);
    }

    private double sideDepth(PosedBody.Side s) {
        return (projection.depth(s.hip()) + projection.depth(s.shoulder())) / 2;
    }

    private void limbs(PosedBody.Side s, Color color, Layer layer, Sketch into) {
        into.stroke(line(s.hip(), s.knee(), s.ankle()), LEG_WIDTH, color, layer,
                depth(s.knee(), s.ankle()), true);
        into.stroke(line(s.heel(), s.toe()), FOOT_WIDTH, color, layer, depth(s.ankle(), s.toe()) + 0.001, false);
        into.stroke(line(s.shoulder(), s.elbow(), s.wrist(), s.hand()), ARM_WIDTH, color, layer,
                depth(s.elbow(), s.wrist()) + 0.0005, true);
    }

    private void trunk(PosedBody b, Color color, Layer layer, Sketch into) {
        Vec hipOff = b.near.hip().minus(b.pelvis).times(TRUNK_INSET);
        Vec shoulderCentre = b.near.shoulder().plus(b.far.shoulder()).times(0.5);
        Vec shoulderOff = b.near.shoulder().minus(shoulderCentre).times(TRUNK_INSET);
        Vec waistOff = hipOff.plus(shoulderOff).times(0.5);
        Path2D.Double outline = new Path2D.Double();
        moveTo(outline, b.pelvis.plus(hipOff));
        lineTo(outline, b.waist.plus(waistOff));
        lineTo(outline, shoulderCentre.plus(shoulderOff));
        lineTo(outline, shoulderCentre.minus(shoulderOff));
        lineTo(outline, b.waist.minus(waistOff));
        lineTo(outline, b.pelvis.minus(hipOff));
        outline.closePath();
        double d = projection.depth(b.waist);
        into.fill(outline, color, color, TRUNK_WIDTH, layer, d, true);
        // The neck: narrower than the trunk, hidden inside the head at its top end.
        into.stroke(line(b.neck, b.head), ARM_WIDTH, color, layer, d + 0.0001, false);
    }

    private void head(PosedBody b, Color color, Layer layer, Sketch into) {
        Point2D.Double c = projection.flat(b.head);
        double r = PosedBody.HEAD_RADIUS;
        double d = projection.depth(b.head) + 0.0002;
        into.fill(new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r), color, null, 0, layer, d, true);
        // A small nose tells which way the face points, when it points across the page.
        Point2D.Double tip = projection.flat(b.head.plus(b.face.times(r)));
        double across = tip.distance(c) / r;
        if (across > 0.55) {
            double dx = (tip.x - c.x) / (r * across);
            double dy = (tip.y - c.y) / (r * across);
            Path2D.Double nose = new Path2D.Double();
            double px = -dy;
            double py = dx;
            nose.moveTo(c.x + dx * r * 0.7 + px * r * 0.3, c.y + dy * r * 0.7 + py * r * 0.3);
            nose.lineTo(c.x + dx * r * 1.22 - px * r * 0.12, c.y + dy * r * 1.22 - py * r * 0.12);
            nose.lineTo(c.x + dx * r * 0.7 - px * r * 0.3, c.y + dy * r * 0.7 - py * r * 0.3);
            nose.closePath();
            into.fill(nose, color, null, 0, layer, d, false);
        }
    }

    private double depth(Vec a, Vec b) {
        return (projection.depth(a) + projection.depth(b)) / 2;
    }

    Path2D.Double line(Vec... points) {
        Path2D.Double p = new Path2D.Double();
        moveTo(p, points[0]);
        for (int i = 1; i < points.length; i++) {
            lineTo(p, points[i]);
        }
        return p;
    }

    private void moveTo(Path2D.Double p, Vec v) {
        Point2D.Double f = projection.flat(v);
        p.moveTo(f.x, f.y);
    }

    private void lineTo(Path2D.Double p, Vec v) {
        Point2D.Double f = projection.flat(v);
        p.lineTo(f.x, f.y);
    }
}
