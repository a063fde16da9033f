package org.backsheet.render.figure;

import org.backsheet.model.figure.Limb;
import org.backsheet.model.figure.Pose;

/**
 * A pose turned into joint positions in 3D (units of standing height), using the segment lengths of
 * FIGURE.md. Forward kinematics only: each segment's frame is its parent's, turned by the joint angles.
 */
final class PosedBody {

    static final double LOWER_TRUNK = 0.11;
    static final double UPPER_TRUNK = 0.178;
    static final double HIP_HALF_WIDTH = 0.085;
    static final double SHOULDER_HALF_WIDTH = 0.1;
    static final double HEAD_RADIUS = 0.068;
    static final double NECK_TO_HEAD_CENTRE = 0.182 - HEAD_RADIUS;
    static final double THIGH = 0.245;
    static final double SHIN = 0.246;
    static final double UPPER_ARM = 0.186;
    static final double FOREARM = 0.146;
    static final double HAND = 0.06;
    static final double ANKLE_HEIGHT = 0.039;

    /** The joints of one side. */
    record Side(Vec hip, Vec knee, Vec ankle, Vec heel, Vec toe, Vec shoulder, Vec elbow, Vec wrist, Vec hand) {
    }

    final Vec pelvis;
    final Vec waist;
    final Vec neck;
    final Vec head;
    /** Unit vector the face points to. */
    final Vec face;
    final Side near;
    final Side far;
    /** The direction of the near side (the body's right), for choosing which limbs are farther away. */
    final Vec nearDirection;

    PosedBody(Pose pose) {
        pelvis = new Vec(pose.x(), pose.y(), 0);
        Frame hips = Frame.UPRIGHT.pitchForward(pose.trunk()).turnRight(pose.roll());
        Frame chest = hips.pitchForward(pose.spine()).turnRight(pose.twist());
        Frame skull = chest.pitchForward(pose.neck()).turnRight(pose.headTurn());
        waist = pelvis.plus(hips.up().times(LOWER_TRUNK));
        neck = waist.plus(chest.up().times(UPPER_TRUNK));
        head = neck.plus(skull.up().times(NECK_TO_HEAD_CENTRE));
        face = skull.forward();
        nearDirection = hips.right();
        near = side(pose.near(), hips, chest, 1);
        far = side(pose.far(), hips, chest, -1);
    }

    /** {@code sign} is +1 for the right (near) side, -1 for the left. */
    private Side side(Limb limb, Frame hips, Frame chest, int sign) {
        Vec hip = pelvis.plus(hips.right().times(sign * HIP_HALF_WIDTH));
        Frame thigh = hips.tiltLowerRight(sign * limb.hipOut()).pitchForward(-limb.hip())
                .turnRight(sign * limb.hipTurn());
        Vec knee = hip.plus(thigh.down().times(THIGH));
        Frame shin = thigh.pitchForward(limb.knee());
        Vec ankle = knee.plus(shin.down().times(SHIN));
        Frame foot = shin.pitchForward(-limb.ankle());
        Vec sole = ankle.plus(foot.down().times(ANKLE_HEIGHT * 0.8));
        Vec heel = sole.minus(foot.forward().times(0.035));
        Vec toe = sole.plus(foot.forward().times(0.115));

        Vec shoulder = neck.plus(chest.right().times(sign * SHOULDER_HALF_WIDTH))
                .minus(chest.up().times(0.015));
        Frame arm = chest.tiltLowerRight(sign * limb.shoulderOut()).pitchForward(-limb.shoulder())
                .turnRight(-sign * limb.shoulderTurn());
        Vec elbow = shoulder.plus(arm.down().times(UPPER_ARM));
        Frame forearm = arm.pitchForward(-limb.elbow());
        Vec wrist = elbow.plus(forearm.down().times(FOREARM));
        Vec hand = wrist.plus(forearm.down().times(HAND));
        return new Side(hip, knee, ankle, heel, toe, shoulder, elbow, wrist, hand);
    }

    /** A named point, as arrows use them: {@code kneeNear}, {@code handFar}, {@code head}, {@code neck}... */
    Vec point(String name) {
        if (name.equals("head")) {
            return head;
        }
        if (name.equals("neck")) {
            return neck;
        }
        if (name.equals("pelvis")) {
            return pelvis;
        }
        Side s;
        String joint;
        if (name.endsWith("Near")) {
            s = near;
            joint = name.substring(0, name.length() - 4);
        } else if (name.endsWith("Far")) {
            s = far;
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
            default -> throw new IllegalArgumentException("unknown body point " + name);
        };
    }
}
