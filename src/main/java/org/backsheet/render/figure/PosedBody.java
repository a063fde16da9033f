package org.backsheet.render.figure;

import org.backsheet.model.figure.Limb;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Reach;

/**
 * A pose turned into joint positions in 3D (units of standing height), using the segment lengths of
 * docs/figures.md. Forward kinematics first (each segment's frame is its parent's, turned by the joint angles); then
 * each hand or foot that the pose places on something is brought there by {@link LimbSolver}.
 */
final class PosedBody {

    static final double LOWER_TRUNK = 0.11;
    static final double UPPER_TRUNK = 0.178;
    static final double HIP_HALF_WIDTH = 0.085;
    static final double SHOULDER_HALF_WIDTH = 0.1;
    static final double HEAD_RADIUS = 0.062;
    static final double NECK_TO_HEAD_CENTRE = 0.182 - HEAD_RADIUS - 0.01;
    static final double THIGH = 0.245;
    static final double SHIN = 0.246;
    static final double UPPER_ARM = 0.186;
    static final double FOREARM = 0.146;
    static final double HAND = 0.075;
    static final double ANKLE_HEIGHT = 0.039;
    /** How far the front of the belly is from the line of the spine. */
    static final double BELLY_DEPTH = 0.075;
    /** How far the belly's front moves out (rounded) or in (drawn in) at the pose's belly setting 1 or -1. */
    static final double BELLY_SHIFT = 0.07;

    /** The joints of one side; {@code hand} is the fingertips, {@code footUp} the direction of the shin at the ankle. */
    record Side(
            Vec hip,
            Vec knee,
            Vec ankle,
            Vec heel,
            Vec toe,
            Vec shoulder,
            Vec elbow,
            Vec wrist,
            Vec hand,
            Vec footUp) {}

    final Vec pelvis;
    final Vec waist;
    final Vec neck;
    final Vec head;
    /** Unit vector the face points to. */
    final Vec face;
    /** Unit vector from the chin to the crown. */
    final Vec crown;

    final Side near;
    final Side far;
    /** The direction of the near side (the body's right), for choosing which limbs are farther away. */
    final Vec nearDirection;

    final Frame hips;
    final Frame chest;
    /** The shape of the front of the stomach, -1 (drawn in) to 1 (rounded out). */
    final double belly;
    /** How far the near thigh is raised (hip flexion, degrees), for drawing where it leaves the hips. */
    final double nearHipFlexion;
    /**
     * True when the far foot is placed on the near leg (the piriformis stretch seen from the side of the leg that is
     * pulled): that foot and shin lie across the near leg, so they are drawn over it.
     */
    final boolean farFootOnNearLeg;

    PosedBody(Pose pose) {
        pelvis = new Vec(pose.x(), pose.y(), 0);
        belly = pose.belly();
        nearHipFlexion = pose.near().hip();
        farFootOnNearLeg = onNearLeg(pose.reach("footFar"));
        hips = Frame.UPRIGHT.pitchForward(pose.trunk()).turnRight(pose.roll());
        chest = hips.pitchForward(pose.spine()).turnRight(pose.twist());
        Frame skull = chest.pitchForward(pose.neck()).turnRight(pose.headTurn());
        waist = pelvis.plus(hips.up().times(LOWER_TRUNK));
        neck = waist.plus(chest.up().times(UPPER_TRUNK));
        head = neck.plus(skull.up().times(NECK_TO_HEAD_CENTRE));
        face = skull.forward();
        crown = skull.up();
        nearDirection = hips.right();
        Side n = side(pose.near(), 1);
        Side f = side(pose.far(), -1);
        // Feet first: a hand may hold a knee, never the other way round.
        LimbSolver solver = new LimbSolver(this);
        for (String end : new String[] {"footNear", "footFar", "handNear", "handFar"}) {
            Reach r = pose.reach(end);
            if (r == null) {
                continue;
            }
            Vec target = target(r, n, f);
            if (r.isNear()) {
                n = r.isFoot() ? solver.leg(n, target) : hand(solver, n, r, target);
            } else {
                f = r.isFoot() ? solver.leg(f, target) : hand(solver, f, r, target);
            }
        }
        near = n;
        far = f;
    }

    private static boolean onNearLeg(Reach r) {
        return r != null && r.point() != null && r.point().matches("(hip|knee|ankle|heel|toe|thigh|shin|foot)Near");
    }

    /** A hand placed on the stomach or chest lies flat on it, fingers toward the feet; elsewhere it grips. */
    private Side hand(LimbSolver solver, Side s, Reach r, Vec target) {
        if ("belly".equals(r.point()) || "chest".equals(r.point())) {
            return solver.flatHand(s, target, hips.up().times(-1));
        }
        return solver.arm(s, target);
    }

    private Vec target(Reach r, Side n, Side f) {
        Vec base = r.point() == null ? Vec.ZERO : point(r.point(), n, f);
        Vec at = base.plus(new Vec(r.dx(), r.dy(), 0));
        if (r.point() == null) {
            // A fixed place keeps the hand or foot on its own side of the body.
            Side own = r.isNear() ? n : f;
            at = new Vec(
                    at.x(), at.y(), r.isFoot() ? own.hip().z() : own.shoulder().z());
        }
        return at;
    }

    /** {@code sign} is +1 for the right (near) side, -1 for the left. */
    private Side side(Limb limb, int sign) {
        Vec hip = pelvis.plus(hips.right().times(sign * HIP_HALF_WIDTH));
        Frame thigh = hips.tiltLowerRight(sign * limb.hipOut())
                .pitchForward(-limb.hip())
                .turnRight(sign * limb.hipTurn());
        Vec knee = hip.plus(thigh.down().times(THIGH));
        Frame shin = thigh.pitchForward(limb.knee());
        Vec ankle = knee.plus(shin.down().times(SHIN));
        Frame foot = shin.pitchForward(-limb.ankle());
        Vec[] heelToe = foot(ankle, foot);

        Vec shoulder = neck.plus(chest.right().times(sign * SHOULDER_HALF_WIDTH))
                .minus(chest.up().times(0.015));
        Frame arm = chest.tiltLowerRight(sign * limb.shoulderOut())
                .pitchForward(-limb.shoulder())
                .turnRight(-sign * limb.shoulderTurn());
        Vec elbow = shoulder.plus(arm.down().times(UPPER_ARM));
        Frame forearm = arm.pitchForward(-limb.elbow());
        Vec wrist = elbow.plus(forearm.down().times(FOREARM));
        Vec hand = wrist.plus(forearm.down().times(HAND));
        return new Side(hip, knee, ankle, heelToe[0], heelToe[1], shoulder, elbow, wrist, hand, foot.up());
    }

    /**
     * Heel and toe tip of a foot whose frame is {@code foot}, hanging from {@code ankle}: the heel a little longer
     * than the tables have it, so a moving foot (heel slides, ankle pumps) still reads at print size.
     */
    static Vec[] foot(Vec ankle, Frame foot) {
        Vec sole = ankle.plus(foot.down().times(ANKLE_HEIGHT * 0.8));
        return new Vec[] {
            sole.minus(foot.forward().times(0.045)), sole.plus(foot.forward().times(0.12))
        };
    }

    /** A named point, as arrows use them: {@code kneeNear}, {@code handFar}, {@code head}, {@code neck}... */
    Vec point(String name) {
        return point(name, near, far);
    }

    private Vec point(String name, Side n, Side f) {
        switch (name) {
            case "head":
                return head;
            case "neck":
                return neck;
            case "pelvis":
                return pelvis;
            case "belly":
                return pelvis.times(0.45)
                        .plus(waist.times(0.55))
                        .plus(hips.forward().times(BELLY_DEPTH + BELLY_SHIFT * belly));
            case "lowBack":
                return pelvis.times(0.45)
                        .plus(waist.times(0.55))
                        .minus(hips.forward().times(0.045));
            case "chest":
                return waist.times(0.4)
                        .plus(neck.times(0.6))
                        .plus(chest.forward().times(BELLY_DEPTH + 0.01));
            default:
                break;
        }
        Side s;
        String joint;
        if (name.endsWith("Near")) {
            s = n;
            joint = name.substring(0, name.length() - 4);
        } else if (name.endsWith("Far")) {
            s = f;
            joint = name.substring(0, name.length() - 3);
        } else {
            throw new IllegalArgumentException("unknown body point " + name);
        }
        return switch (joint) {
            case "hip" -> s.hip;
            case "knee" -> s.knee;
            case "ankle" -> s.ankle;
            case "heel" -> s.heel;
            case "toe" -> s.toe;
            case "shoulder" -> s.shoulder;
            case "elbow" -> s.elbow;
            case "wrist" -> s.wrist;
            case "hand" -> s.hand;
            case "thigh" -> s.hip.plus(s.knee).times(0.5);
            case "shin" -> s.knee.plus(s.ankle).times(0.5);
            case "foot" -> s.heel.plus(s.toe).times(0.5);
            default -> throw new IllegalArgumentException("unknown body point " + name);
        };
    }
}
