package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.backsheet.model.figure.View;
import org.backsheet.render.figure.Sketch.Layer;

/** The gym machines, drawn round the pose: the stationary bike and the pull-down or leg-press machine. */
final class MachineSketcher {

    private static final double LINE = PropPen.LINE;
    private static final Color INK = PropPen.INK;
    private static final Color PALE = PropPen.PALE;

    /**
     * A person whose near thigh is raised at least this far (degrees) sits on the bike; standing, in a picture of
     * the same figure, they walk on the treadmill instead.
     */
    static final double SEATED = 45;

    /** How far in front of the hips the leg press's rail ends. */
    private static final double RAIL_END = 0.7;

    private final PropPen pen;

    MachineSketcher(PropPen pen) {
        this.pen = pen;
    }

    /**
     * An exercise bike on a stand: a frame from the saddle down to a rear foot and forward to the flywheel's column,
     * each end on a cross bar on the floor, and a round chainring where the cranks turn. (With the frame ending in the
     * pedals and a bar along the floor, readers saw "one wheel and no base, like a unicycle" and no pedal circle.)
     */
    void bike(PosedBody b, Sketch into) {
        if (pen.view != View.SIDE || b.nearHipFlexion < SEATED) {
            return;
        }
        double top = PropPen.seatTop(b) + 0.015;
        double sx = b.pelvis.x();
        Vec crank = b.near.ankle().plus(b.far.ankle()).times(0.5);
        Vec bars = b.near.wrist().plus(b.far.wrist()).times(0.5);
        Layer l = Layer.BEHIND;
        double tube = LINE * 1.8;
        Vec column = new Vec(bars.x() + 0.02, 0.3, 0);
        Vec wheel = new Vec(column.x() + 0.05, 0.16, 0);
        double foot = 0.035;
        Vec rear = new Vec(crank.x() - 0.22, foot, 0);
        Vec front = new Vec(wheel.x() + 0.08, foot, 0);
        into.fill(
                new Ellipse2D.Double(wheel.x() - 0.14, wheel.y() - 0.14, 0.28, 0.28), PALE, INK, LINE, l, -0.1, false);
        into.stroke(pen.path(new Vec(sx - 0.06, top, 0), new Vec(sx + 0.07, top, 0)), 0.035, INK, l, 0, false);
        into.stroke(pen.path(new Vec(sx, top, 0), crank, column, bars), tube, INK, l, 0, false);
        into.stroke(pen.path(bars, bars.plus(new Vec(0.06, 0.01, 0))), 0.03, INK, l, 0, false);
        into.stroke(pen.path(crank, rear), tube, INK, l, 0, false);
        into.stroke(pen.path(column, wheel, front), tube, INK, l, 0, false);
        // The stand's cross bars, seen end on: short feet on the floor at both ends.
        for (Vec end : List.of(rear, front)) {
            into.stroke(
                    pen.path(new Vec(end.x() - 0.06, foot / 2, 0), new Vec(end.x() + 0.06, foot / 2, 0)),
                    foot,
                    INK,
                    l,
                    0,
                    false);
        }
        double ring = 0.045;
        into.fill(
                new Ellipse2D.Double(crank.x() - ring, crank.y() - ring, 2 * ring, 2 * ring),
                PALE,
                INK,
                LINE,
                l,
                0.5,
                false);
        for (PosedBody.Side s : List.of(b.far, b.near)) {
            boolean near = s == b.near;
            into.stroke(pen.path(crank, s.ankle()), LINE * 1.3, INK, near ? Layer.FRONT : Layer.BEHIND, 1, false);
        }
        pen.floorUnder(b, crank.x() - 0.3, into);
    }

    void machine(PosedBody b, Sketch into) {
        if (pen.view != View.SIDE) {
            return;
        }
        // Hands above the shoulders hold the pull-down bar, whether stretched up or pulled down to the chest.
        if (b.near.hand().y() + b.far.hand().y() > 2 * (b.waist.y() + 0.05)) {
            new PulldownMachine(pen).draw(b, into);
            return;
        }
        Layer l = Layer.BEHIND;
        double top = PropPen.seatTop(b);
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
        into.stroke(pen.path(restFoot, restTop), 0.04, INK, l, 0, false);
        into.stroke(
                pen.path(new Vec(px + 0.02, top - 0.045, 0), new Vec(px + 0.02, 0.02, 0)), LINE * 2, INK, l, 0, false);
        // The leg press's rail ends where the pushed plate cannot reach; the same place in start and finish.
        double floorFront = Math.max(b.near.toe().x() + 0.15, b.pelvis.x() + RAIL_END);
        into.stroke(
                pen.path(new Vec(restFoot.x() - 0.15, 0.02, 0), new Vec(floorFront, 0.02, 0)), 0.03, INK, l, 0, false);
        if (Math.min(b.near.heel().y(), b.far.heel().y()) > 0.12) {
            footPlate(b, into);
            if (b.near.wrist().y() < b.waist.y()) {
                handle(b.near.hand(), top, into);
            }
        }
    }

    /**
     * The leg press's foot plate under the soles, seen a little from the person's side so its face shows as a
     * broad board (edge on, blind readers took it for "a pole"), on a sled that runs along a rail to the floor.
     */
    private void footPlate(PosedBody b, Sketch into) {
        PosedBody.Side s = b.near;
        Vec sole = s.toe().minus(s.heel());
        Vec unit = sole.times(1 / Math.sqrt(sole.dot(sole)));
        Vec out = new Vec(unit.y(), -unit.x(), 0);
        Vec low = s.heel().minus(unit.times(0.07)).plus(out.times(0.012));
        Vec high = s.toe().plus(unit.times(0.06)).plus(out.times(0.012));
        Vec face = new Vec(-0.045, 0.03, 0);
        Vec back = out.times(0.03);
        Point2D.Double[] board = {pen.flat(low), pen.flat(high), pen.flat(high.plus(face)), pen.flat(low.plus(face))};
        into.fill(polygon(board), PALE, INK, LINE, Layer.BEHIND, 2, false);
        Point2D.Double[] edge = {pen.flat(low), pen.flat(high), pen.flat(high.plus(back)), pen.flat(low.plus(back))};
        into.fill(polygon(edge), PALE, INK, LINE, Layer.BEHIND, 2, false);
        // The plate stands on a sled (a block on the rail) by a straight post, so it is plainly fixed to the
        // machine and slides along the rail (readers saw a plate on a slanting strut "float off the frame").
        Vec mid = low.plus(high).times(0.5).plus(back);
        double railY = 0.2;
        into.stroke(pen.path(mid, new Vec(mid.x(), railY, 0)), LINE * 2.2, INK, Layer.BEHIND, 1, false);
        Point2D.Double sled = pen.flat(new Vec(mid.x(), railY, 0));
        into.fill(
                new RoundRectangle2D.Double(sled.x - 0.06, sled.y - 0.02, 0.12, 0.04, 0.02, 0.02),
                PALE,
                INK,
                LINE,
                Layer.BEHIND,
                2,
                false);
        into.stroke(
                pen.path(
                        new Vec(b.pelvis.x() + 0.02, railY, 0),
                        new Vec(b.pelvis.x() + RAIL_END, railY, 0),
                        new Vec(b.pelvis.x() + RAIL_END, 0.02, 0)),
                LINE * 2,
                INK,
                Layer.BEHIND,
                0,
                false);
    }

    private static Path2D.Double polygon(Point2D.Double... points) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(points[0].x, points[0].y);
        for (int i = 1; i < points.length; i++) {
            p.lineTo(points[i].x, points[i].y);
        }
        p.closePath();
        return p;
    }

    /**
     * A side handle under a low hand on the leg press: a short dark grip along the seat on a thin post down to
     * the seat frame, so the hands read as holding on rather than floating. The near hand covers it.
     */
    private void handle(Vec hand, double seatTop, Sketch into) {
        Vec grip = hand.minus(new Vec(0, 0.01, 0));
        into.stroke(
                pen.path(grip.minus(new Vec(0.045, 0, 0)), grip.plus(new Vec(0.045, 0, 0))),
                0.025,
                INK,
                Layer.BEHIND,
                1,
                false);
        into.stroke(
                pen.path(grip, new Vec(grip.x(), Math.min(grip.y(), seatTop - 0.045), 0)),
                LINE * 1.4,
                INK,
                Layer.BEHIND,
                1,
                false);
    }
}
