package org.backsheet.render.figure;

/**
 * Bends a two-segment limb so that its end lands on a target (a hand on a knee, an ankle on the other knee):
 * the classic two-bone solution, with the middle joint bending the way forward kinematics already bent it, so
 * the author's angles choose elbow-out or knee-up and the solver only closes the gap.
 */
final class LimbSolver {

    private final PosedBody body;

    LimbSolver(PosedBody body) {
        this.body = body;
    }

    /** The side with its arm moved so that the middle of the hand is at {@code target}. */
    PosedBody.Side arm(PosedBody.Side s, Vec target) {
        double reach = PosedBody.FOREARM + PosedBody.HAND * 0.45;
        Vec elbow = middle(
                s.shoulder(),
                s.elbow(),
                target,
                PosedBody.UPPER_ARM,
                reach,
                body.chest.down().times(0.3).plus(body.chest.forward().times(-1)));
        Vec along = unit(target.minus(elbow));
        Vec wrist = elbow.plus(along.times(PosedBody.FOREARM));
        Vec hand = wrist.plus(along.times(PosedBody.HAND));
        return new PosedBody.Side(
                s.hip(), s.knee(), s.ankle(), s.heel(), s.toe(), s.shoulder(), elbow, wrist, hand, s.footUp());
    }

    /**
     * The side with its hand laid flat at {@code target}, the fingers pointing along {@code fingers} (a unit
     * vector): the wrist bends, so a hand resting on the stomach lies on it instead of standing up from it like a
     * fist (as a hand that only continues its forearm does).
     */
    PosedBody.Side flatHand(PosedBody.Side s, Vec target, Vec fingers) {
        Vec wristAt = target.minus(fingers.times(PosedBody.HAND * 0.45));
        Vec elbow = middle(
                s.shoulder(),
                s.elbow(),
                wristAt,
                PosedBody.UPPER_ARM,
                PosedBody.FOREARM,
                body.chest.down().times(0.3).plus(body.chest.forward().times(-1)));
        Vec wrist = elbow.plus(unit(wristAt.minus(elbow)).times(PosedBody.FOREARM));
        Vec hand = wrist.plus(fingers.times(PosedBody.HAND));
        return new PosedBody.Side(
                s.hip(), s.knee(), s.ankle(), s.heel(), s.toe(), s.shoulder(), elbow, wrist, hand, s.footUp());
    }

    /** The side with its leg moved so that the ankle is at {@code target}; the foot keeps its turn to the shin. */
    PosedBody.Side leg(PosedBody.Side s, Vec target) {
        Vec knee = middle(s.hip(), s.knee(), target, PosedBody.THIGH, PosedBody.SHIN, body.hips.forward());
        Vec shinUp = unit(knee.minus(target));
        // Carry the foot over with the shin: the same turn that takes the old shin direction to the new one.
        Vec oldUp = unit(s.knee().minus(s.ankle()));
        Vec axis = oldUp.cross(shinUp);
        double sin = Math.sqrt(axis.dot(axis));
        double angle = Math.toDegrees(Math.atan2(sin, oldUp.dot(shinUp)));
        Vec heel = s.heel().minus(s.ankle());
        Vec toe = s.toe().minus(s.ankle());
        Vec footUp = s.footUp();
        if (sin > 1e-9) {
            Vec u = axis.times(1 / sin);
            heel = heel.rotate(u, angle);
            toe = toe.rotate(u, angle);
            footUp = footUp.rotate(u, angle);
        }
        return new PosedBody.Side(
                s.hip(),
                knee,
                target,
                target.plus(heel),
                target.plus(toe),
                s.shoulder(),
                s.elbow(),
                s.wrist(),
                s.hand(),
                footUp);
    }

    /**
     * The middle joint of a chain from {@code root} to {@code target} with segment lengths {@code a} and
     * {@code b}, on the side of {@code hint} (the middle joint before solving); {@code fallback} when the hint
     * lies on the line.
     */
    static Vec middle(Vec root, Vec hint, Vec target, double a, double b, Vec fallback) {
        Vec toTarget = target.minus(root);
        double d = Math.sqrt(toTarget.dot(toTarget));
        Vec dir = d < 1e-9 ? new Vec(1, 0, 0) : toTarget.times(1 / d);
        d = Math.min(Math.max(d, Math.abs(a - b) + 1e-6), a + b - 1e-6);
        Vec side = hint.minus(root);
        side = side.minus(dir.times(side.dot(dir)));
        if (side.dot(side) < 1e-8) {
            side = fallback.minus(dir.times(fallback.dot(dir)));
        }
        side = unit(side);
        double along = (a * a + d * d - b * b) / (2 * d);
        double out = Math.sqrt(Math.max(0, a * a - along * along));
        return root.plus(dir.times(along)).plus(side.times(out));
    }

    static Vec unit(Vec v) {
        double len = Math.sqrt(v.dot(v));
        return len < 1e-12 ? new Vec(1, 0, 0) : v.times(1 / len);
    }
}
