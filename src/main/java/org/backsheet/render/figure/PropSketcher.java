package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.backsheet.render.figure.Sketch.Layer;

/** Draws the props around a posed body, each placed from the body itself (a chair under the pelvis...). */
final class PropSketcher {

    static final double LINE = 0.013;
    static final Color INK = Tones.INK;
    /** Props are white shapes outlined in black: grey is kept for the far-side limbs. */
    static final Color PALE = Color.WHITE;

    private static final double BUTTOCK = 0.06;

    private final Projection projection;
    private final View view;

    PropSketcher(Projection projection) {
        this.projection = projection;
        this.view = projection.view();
    }

    void sketch(PosedBody b, List<Prop> props, Sketch into) {
        for (Prop prop : props) {
            switch (prop) {
                case FLOOR -> floor(b, into, false);
                case MAT -> floor(b, into, true);
                case WALL -> wall(b, into);
                case CHAIR -> chair(b, into);
                case LEG_REST -> legRest(b, into);
                case SWISS_BALL -> ball(b, into);
                case TOWEL -> towel(b, false, into);
                case CHAIR_TO_HOLD -> chairToHold(b, into);
                case STATIONARY_BIKE -> bike(b, into);
                case EXERCISE_MACHINE -> machine(b, into);
                default -> {}
            }
        }
    }

    /**
     * The towel as a soft strap from the hands to a loop around the ball of the raised foot. It belongs to a
     * pose, so an end position drawn over the start gets its own dashed towel.
     */
    void towel(PosedBody b, boolean dashed, Sketch into) {
        PosedBody.Side foot = b.near.toe().y() >= b.far.toe().y() ? b.near : b.far;
        Point2D.Double heel = projection.flat(foot.heel());
        Point2D.Double toe = projection.flat(foot.toe());
        Point2D.Double ankle = projection.flat(foot.ankle());
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
        double bx = heel.x + tx * len * 0.62;
        double by = heel.y + ty * len * 0.62;
        Point2D.Double hand = projection.flat(b.near.hand().plus(b.far.hand()).times(0.5));
        Path2D.Double strap = new Path2D.Double();
        strap.moveTo(hand.x, hand.y);
        strap.quadTo(
                (hand.x + bx) / 2 - nx * 0.03,
                (hand.y + by) / 2 - ny * 0.03,
                bx - tx * 0.04 - nx * 0.01,
                by - ty * 0.04 - ny * 0.01);
        strap.curveTo(
                bx - tx * 0.05 + nx * 0.045,
                by - ty * 0.05 + ny * 0.045,
                bx + tx * 0.05 + nx * 0.045,
                by + ty * 0.05 + ny * 0.045,
                bx + tx * 0.04 - nx * 0.01,
                by + ty * 0.04 - ny * 0.01);
        strap.quadTo((hand.x + bx) / 2 + tx * 0.05, (hand.y + by) / 2 + ty * 0.05, hand.x, hand.y);
        Area shape = Shapes.thick(strap, 0.016);
        if (dashed) {
            into.dashed(shape, LINE * 0.7, INK, Layer.GHOST, 1);
        } else {
            into.fill(shape, Color.WHITE, INK, LINE * 0.8, Layer.FRONT, 1, false);
        }
    }

    /** A chair in front of a standing person, its backrest under the hands. */
    private void chairToHold(PosedBody b, Sketch into) {
        if (view != View.SIDE) {
            return;
        }
        Vec hands = b.near.hand().plus(b.far.hand()).times(0.5);
        double back = hands.x() + 0.015;
        double top = Math.max(0.24, Math.min(0.28, hands.y() - 0.26));
        into.fill(new Rectangle2D.Double(back, top - 0.028, 0.26, 0.028), PALE, INK, LINE, Layer.BEHIND, 0, false);
        for (double lx : new double[] {back + 0.01, back + 0.25}) {
            into.stroke(path(new Vec(lx, top - 0.028, 0), new Vec(lx, 0, 0)), LINE * 1.3, INK, Layer.BEHIND, 0, false);
        }
        into.stroke(
                path(new Vec(back + 0.01, top, 0), new Vec(back + 0.005, hands.y() - 0.01, 0)),
                LINE * 1.8,
                INK,
                Layer.BEHIND,
                0,
                false);
        into.stroke(
                path(new Vec(back - 0.01, hands.y() - 0.012, 0), new Vec(back + 0.04, hands.y() - 0.012, 0)),
                LINE * 1.8,
                INK,
                Layer.BEHIND,
                0,
                false);
        floorUnder(b, b.pelvis.x() - 0.3, into);
    }

    private Rectangle2D extent(PosedBody b) {
        Rectangle2D r = null;
        for (PosedBody.Side s : List.of(b.near, b.far)) {
            for (Vec v : List.of(s.hip(), s.knee(), s.heel(), s.toe(), s.elbow(), s.hand())) {
                Point2D.Double p = projection.flat(v);
                if (r == null) {
                    r = new Rectangle2D.Double(p.x, p.y, 0, 0);
                } else {
                    r.add(p);
                }
            }
        }
        for (Vec v : List.of(b.head, b.neck, b.pelvis)) {
            r.add(projection.flat(v));
        }
        return r;
    }

    private void floor(PosedBody b, Sketch into, boolean mat) {
        if (view == View.THREE_QUARTER) {
            slantedMat(b, into);
            return;
        }
        Rectangle2D e = extent(b);
        if (view == View.TOP) {
            if (mat) {
                double m = 0.09;
                into.fill(
                        new RoundRectangle2D.Double(
                                e.getMinX() - m,
                                e.getMinY() - m,
                                e.getWidth() + 2 * m,
                                e.getHeight() + 2 * m,
                                0.05,
                                0.05),
                        PALE,
                        INK,
                        LINE * 0.6,
                        Layer.BEHIND,
                        0,
                        false);
            }
            return;
        }
        double left = e.getMinX() - 0.1;
        double right = e.getMaxX() + 0.1;
        if (mat) {
            into.fill(
                    new Rectangle2D.Double(left + 0.04, -0.028, right - left - 0.08, 0.028),
                    PALE,
                    INK,
                    LINE * 0.7,
                    Layer.BEHIND,
                    0,
                    false);
        }
        into.stroke(
                new Line2D.Double(left, mat ? -0.028 : 0, right, mat ? -0.028 : 0), LINE, INK, Layer.BEHIND, -1, false);
    }

    /** The mat seen from above and the side: a slab on the floor under the whole body. */
    private void slantedMat(PosedBody b, Sketch into) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (PosedBody.Side s : List.of(b.near, b.far)) {
            for (Vec v : List.of(s.hip(), s.knee(), s.heel(), s.toe(), s.elbow(), s.hand())) {
                minX = Math.min(minX, v.x());
                maxX = Math.max(maxX, v.x());
            }
        }
        minX = Math.min(minX, b.head.x() - PosedBody.HEAD_RADIUS) - 0.06;
        maxX += 0.06;
        double half = 0.26;
        Path2D.Double top = new Path2D.Double();
        Point2D.Double a = projection.flat(new Vec(minX, 0, -half));
        Point2D.Double c = projection.flat(new Vec(maxX, 0, -half));
        Point2D.Double d = projection.flat(new Vec(maxX, 0, half));
        Point2D.Double e = projection.flat(new Vec(minX, 0, half));
        top.moveTo(a.x, a.y);
        top.lineTo(c.x, c.y);
        top.lineTo(d.x, d.y);
        top.lineTo(e.x, e.y);
        top.closePath();
        into.fill(top, PALE, INK, LINE, Layer.BEHIND, -1, false);
        Path2D.Double edge = new Path2D.Double();
        edge.moveTo(e.x, e.y);
        edge.lineTo(e.x, e.y - 0.025);
        edge.lineTo(d.x, d.y - 0.025);
        edge.lineTo(d.x, d.y);
        edge.lineTo(c.x, c.y);
        edge.lineTo(c.x, c.y - 0.025);
        edge.lineTo(d.x, d.y - 0.025);
        into.stroke(edge, LINE, INK, Layer.BEHIND, -1, false);
    }

    private void wall(PosedBody b, Sketch into) {
        if (view != View.SIDE) {
            return;
        }
        double x = Math.min(Math.min(b.pelvis.x(), b.waist.x()) - 0.064, b.head.x() - PosedBody.HEAD_RADIUS) - 0.004;
        double top = 1.08;
        into.stroke(path(new Vec(x, 0, 0), new Vec(x, top, 0)), LINE * 1.2, INK, Layer.BEHIND, 0, false);
        for (double y = 0.04; y < top; y += 0.07) {
            into.stroke(
                    path(new Vec(x, y, 0), new Vec(x - 0.04, y - 0.04, 0)), LINE * 0.6, INK, Layer.BEHIND, 0, false);
        }
        floorUnder(b, x - 0.05, into);
    }

    private void floorUnder(PosedBody b, double fromX, Sketch into) {
        Rectangle2D e = extent(b);
        into.stroke(
                new Line2D.Double(Math.min(fromX, e.getMinX() - 0.1), 0, e.getMaxX() + 0.1, 0),
                LINE,
                INK,
                Layer.BEHIND,
                -1,
                false);
    }

    private double seatTop(PosedBody b) {
        return b.pelvis.y() - BUTTOCK;
    }

    private void chair(PosedBody b, Sketch into) {
        double top = seatTop(b);
        double px = b.pelvis.x();
        if (view == View.FRONT) {
            double half = 0.17;
            into.fill(
                    new Rectangle2D.Double(-half, top - 0.03, 2 * half, 0.03), PALE, INK, LINE, Layer.BEHIND, 0, false);
            for (double lx : new double[] {-half + 0.02, half - 0.02}) {
                into.stroke(
                        path(new Vec(0, top - 0.03, -lx), new Vec(0, 0, -lx)), LINE * 1.3, INK, Layer.BEHIND, 0, false);
            }
            floorUnder(b, -0.3, into);
            return;
        }
        if (view == View.TOP) {
            into.fill(new Rectangle2D.Double(px - 0.1, -0.17, 0.27, 0.34), PALE, INK, LINE, Layer.BEHIND, 0, false);
            return;
        }
        drawChair(px - 0.11, px + 0.17, top, true, into);
        floorUnder(b, px - 0.2, into);
    }

    /** A side-view chair whose seat runs from {@code back} to {@code front}, backrest at {@code back}. */
    private void drawChair(double back, double front, double top, boolean backrestLeft, Sketch into) {
        into.fill(
                new Rectangle2D.Double(Math.min(back, front), top - 0.028, Math.abs(front - back), 0.028),
                PALE,
                INK,
                LINE,
                Layer.BEHIND,
                0,
                false);
        for (double lx : new double[] {back, front}) {
            into.stroke(path(new Vec(lx, top - 0.028, 0), new Vec(lx, 0, 0)), LINE * 1.3, INK, Layer.BEHIND, 0, false);
        }
        double lean = backrestLeft ? -0.03 : 0.03;
        into.stroke(
                path(new Vec(back, top, 0), new Vec(back + lean, top + 0.3, 0)),
                LINE * 1.6,
                INK,
                Layer.BEHIND,
                0,
                false);
    }

    private void legRest(PosedBody b, Sketch into) {
        if (view != View.SIDE) {
            return;
        }
        PosedBody.Side low = b.near.heel().y() <= b.far.heel().y() ? b.near : b.far;
        double top = low.heel().y() - 0.004;
        double x = low.ankle().x();
        drawChair(x + 0.16, x - 0.1, top, false, into);
    }

    private void ball(PosedBody b, Sketch into) {
        double top = seatTop(b);
        double r = top / 2;
        Point2D.Double c = projection.flat(new Vec(b.pelvis.x() - 0.01, r, 0));
        if (view == View.TOP) {
            c = projection.flat(b.pelvis);
        }
        into.fill(new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r), PALE, INK, LINE, Layer.BEHIND, 0, false);
        Path2D.Double shine = new Path2D.Double();
        shine.append(new Arc2D.Double(c.x - r * 0.72, c.y - r * 0.72, r * 1.44, r * 1.44, 100, 50, Arc2D.OPEN), false);
        into.stroke(shine, LINE * 0.8, INK, Layer.BEHIND, 0.1, false);
        if (view != View.TOP) {
            floorUnder(b, c.x - r - 0.1, into);
        }
    }

    private void bike(PosedBody b, Sketch into) {
        if (view != View.SIDE) {
            return;
        }
        double top = seatTop(b) + 0.015;
        double sx = b.pelvis.x();
        Vec crank = b.near.ankle().plus(b.far.ankle()).times(0.5);
        Vec bars = b.near.wrist().plus(b.far.wrist()).times(0.5);
        Layer l = Layer.BEHIND;
        double tube = LINE * 1.8;
        Vec column = new Vec(bars.x() + 0.02, 0.3, 0);
        Vec wheel = new Vec(column.x() + 0.03, 0.13, 0);
        into.fill(
                new Ellipse2D.Double(wheel.x() - 0.11, wheel.y() - 0.11, 0.22, 0.22), PALE, INK, LINE, l, -0.1, false);
        into.stroke(path(new Vec(sx - 0.06, top, 0), new Vec(sx + 0.07, top, 0)), 0.035, INK, l, 0, false);
        into.stroke(path(new Vec(sx, top, 0), crank, column, bars), tube, INK, l, 0, false);
        into.stroke(path(bars, bars.plus(new Vec(0.06, 0.01, 0))), 0.03, INK, l, 0, false);
        into.stroke(path(crank, new Vec(crank.x() - 0.15, 0.02, 0)), tube, INK, l, 0, false);
        into.stroke(path(column, wheel), tube, INK, l, 0, false);
        into.stroke(
                path(new Vec(crank.x() - 0.24, 0.02, 0), new Vec(wheel.x() + 0.14, 0.02, 0)), 0.03, INK, l, 0, false);
        for (PosedBody.Side s : List.of(b.far, b.near)) {
            boolean near = s == b.near;
            into.stroke(
                    path(crank, s.ankle()),
                    LINE * 1.3,
                    near ? INK : Tones.gray(0.55),
                    near ? Layer.FRONT : Layer.BEHIND,
                    1,
                    false);
        }
        floorUnder(b, crank.x() - 0.3, into);
    }

    private void machine(PosedBody b, Sketch into) {
        if (view != View.SIDE) {
            return;
        }
        Layer l = Layer.BEHIND;
        double top = seatTop(b);
        double px = b.pelvis.x();
        into.fill(
                new RoundRectangle2D.Double(px - 0.12, top - 0.045, 0.28, 0.045, 0.03, 0.03),
                PALE,
                INK,
                LINE,
                l,
                0,
                false);
        // Backrest behind the back, parallel to the lower trunk.
        Vec along = b.waist.minus(b.pelvis).times(1 / PosedBody.LOWER_TRUNK);
        Vec behind = new Vec(along.y(), -along.x(), 0).times(-(0.064 + 0.03));
        Vec restFoot = b.pelvis.plus(behind).plus(along.times(-0.02));
        Vec restTop = restFoot.plus(along.times(0.36));
        into.stroke(path(restFoot, restTop), 0.04, INK, l, 0, false);
        Vec base = new Vec(px + 0.02, 0.02, 0);
        into.stroke(path(new Vec(px + 0.02, top - 0.045, 0), base), LINE * 2, INK, l, 0, false);
        double floorFront = b.near.toe().x() + 0.15;
        into.stroke(path(new Vec(restFoot.x() - 0.15, 0.02, 0), new Vec(floorFront, 0.02, 0)), 0.03, INK, l, 0, false);
        // Hands above the shoulders hold the pull-down bar, whether stretched up or pulled down to the chest.
        boolean pulling = b.near.wrist().y() > b.waist.y() + 0.12;
        if (pulling) {
            thighPad(b, into);
            Vec bar = b.near.hand().plus(b.far.hand()).times(0.5);
            double high = Math.max(b.head.y() + 0.45, bar.y() + 0.1);
            double postX = restTop.x() - 0.12;
            into.stroke(
                    path(new Vec(postX, 0.02, 0), new Vec(postX, high, 0), new Vec(bar.x(), high, 0)),
                    LINE * 2,
                    INK,
                    l,
                    0,
                    false);
            into.stroke(path(new Vec(bar.x(), high, 0), bar), LINE * 0.8, INK, l, 0, false);
            into.stroke(
                    path(bar.minus(new Vec(0.1, 0.01, 0)), bar.plus(new Vec(0.1, 0.01, 0))),
                    0.025,
                    INK,
                    Layer.FRONT,
                    0,
                    false);
        }
        boolean pushingWithFeet = Math.min(b.near.heel().y(), b.far.heel().y()) > 0.12;
        if (pushingWithFeet) {
            PosedBody.Side s = b.near;
            Vec sole = s.toe().minus(s.heel());
            Vec plateLow = s.heel().minus(sole.times(0.6));
            Vec plateHigh = s.toe().plus(sole.times(0.5));
            Vec out = s.heel().plus(s.toe()).times(0.5).minus(s.ankle()).times(0.5);
            plateLow = plateLow.plus(out);
            plateHigh = plateHigh.plus(out);
            into.stroke(path(plateLow, plateHigh), 0.035, INK, l, 0, false);
            Vec mid = plateLow.plus(plateHigh).times(0.5);
            into.stroke(path(mid, new Vec(mid.x() + 0.1, 0.02, 0)), LINE * 2, INK, l, 0, false);
        }
    }

    /** The roller pad that holds the thighs down on a pull-down machine, just behind the knee. */
    private void thighPad(PosedBody b, Sketch into) {
        Vec knee = b.near.knee();
        Vec thigh = b.near.hip().plus(knee.minus(b.near.hip()).times(0.78));
        Point2D.Double c = projection.flat(thigh.plus(new Vec(0, 0.08, 0)));
        into.fill(new Ellipse2D.Double(c.x - 0.035, c.y - 0.035, 0.07, 0.07), PALE, INK, LINE, Layer.FRONT, 2, false);
        Point2D.Double post = projection.flat(new Vec(knee.x() + 0.07, knee.y() + 0.08, 0));
        into.stroke(new Line2D.Double(c.x + 0.035, c.y, post.x, post.y), LINE * 1.4, INK, Layer.BEHIND, 0, false);
        into.stroke(new Line2D.Double(post.x, post.y, post.x, 0.02), LINE * 1.4, INK, Layer.BEHIND, 0, false);
    }

    private Path2D.Double path(Vec... points) {
        Path2D.Double p = new Path2D.Double();
        Point2D.Double f = projection.flat(points[0]);
        p.moveTo(f.x, f.y);
        for (int i = 1; i < points.length; i++) {
            f = projection.flat(points[i]);
            p.lineTo(f.x, f.y);
        }
        return p;
    }
}
