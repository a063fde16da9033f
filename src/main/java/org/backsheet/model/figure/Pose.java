package org.backsheet.model.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One posture of the figure. Lengths are fractions of the person's standing height; the floor is at y = 0 and
 * the figure faces +x (to the right in the side view). {@code x}, {@code y} place the centre of the hip joints.
 *
 * <p>Angles in degrees: {@code trunk} tilts the pelvis and lower back from upright (+ forward, so 90 is lying
 * on the front and -90 lying on the back); {@code spine} bends the upper back on the lower (+ rounds forward,
 * - arches back); {@code twist} turns the chest on the pelvis and {@code roll} turns the pelvis about the
 * body's long axis (+ toward the near side, both); {@code neck} bends the head forward; {@code headTurn}
 * turns the face (+ toward the near side). {@code near} is the side facing the viewer in the side view.
 * {@code reaches} put hands or feet on a body point or a place (see {@link Reach}); at most one per hand or foot.
 * {@code belly} is the shape of the front of the stomach, from -1 (drawn in, flat) through 0 to 1 (rounded out):
 * tightening the stomach changes nothing else a reader can see.
 */
public record Pose(
        double x,
        double y,
        double trunk,
        double spine,
        double twist,
        double roll,
        double neck,
        double headTurn,
        Limb near,
        Limb far,
        List<Reach> reaches,
        double belly) {

    /** The names of the whole-body settings in a figure's JSON (the angles in record order, then the belly). */
    public static final String[] BODY_ANGLE_NAMES = {"trunk", "spine", "twist", "roll", "neck", "headTurn", "belly"};

    public Pose {
        Objects.requireNonNull(near, "near");
        Objects.requireNonNull(far, "far");
        reaches = reaches == null ? List.of() : List.copyOf(reaches);
    }

    /** A pose built by name: every angle left out is 0, the pelvis on the floor at 0, limbs neutral, no reaches. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this pose's values, to change several at once. */
    public Builder toBuilder() {
        return new Builder()
                .pelvis(x, y)
                .trunk(trunk)
                .spine(spine)
                .twist(twist)
                .roll(roll)
                .neck(neck)
                .headTurn(headTurn)
                .near(near)
                .far(far)
                .reaches(reaches)
                .belly(belly);
    }

    /** The reach of {@code end} (handNear, footFar...), or null when that hand or foot goes by its angles. */
    public Reach reach(String end) {
        for (Reach r : reaches) {
            if (r.end().equals(end)) {
                return r;
            }
        }
        return null;
    }

    /** A copy where {@code end} reaches as {@code reach} says; null lets it go by its angles again. */
    public Pose withReach(String end, Reach reach) {
        List<Reach> out = new ArrayList<>();
        for (Reach r : reaches) {
            if (!r.end().equals(end)) {
                out.add(r);
            }
        }
        if (reach != null) {
            out.add(reach);
        }
        return toBuilder().reaches(out).build();
    }

    /** Standing upright, feet on the floor. */
    public static Pose standing() {
        return builder().pelvis(0, 0.53).build();
    }

    /** The whole-body angle with this JSON name. */
    public double bodyAngle(String name) {
        return switch (name) {
            case "trunk" -> trunk;
            case "spine" -> spine;
            case "twist" -> twist;
            case "roll" -> roll;
            case "neck" -> neck;
            case "headTurn" -> headTurn;
            case "belly" -> belly;
            default -> throw new IllegalArgumentException("no body angle called " + name);
        };
    }

    /**
     * The angle the pose editor shows under {@code name}: a whole-body angle ({@code trunk}), a limb angle of
     * one side ({@code near.knee}, {@code far.hip}) or the height of the pelvis ({@code pelvisHeight}, in
     * hundredths of the standing height).
     */
    public double editable(String name) {
        if (name.equals("pelvisHeight")) {
            return Math.round(y * 1000) / 10.0;
        }
        if (name.startsWith("near.")) {
            return near.angle(name.substring(5));
        }
        if (name.startsWith("far.")) {
            return far.angle(name.substring(4));
        }
        return bodyAngle(name);
    }

    /** A copy with the angle {@link #editable} calls {@code name} set to {@code value}. */
    public Pose withEditable(String name, double value) {
        if (name.equals("pelvisHeight")) {
            return withPelvis(x, value / 100);
        }
        if (name.startsWith("near.")) {
            return withNear(near.with(name.substring(5), value));
        }
        if (name.startsWith("far.")) {
            return withFar(far.with(name.substring(4), value));
        }
        return withBodyAngle(name, value);
    }

    /** A copy with the named whole-body angle changed. */
    public Pose withBodyAngle(String name, double v) {
        return toBuilder().bodyAngle(name, v).build();
    }

    public Pose withPelvis(double newX, double newY) {
        return toBuilder().pelvis(newX, newY).build();
    }

    public Pose withNear(Limb v) {
        return toBuilder().near(v).build();
    }

    public Pose withFar(Limb v) {
        return toBuilder().far(v).build();
    }

    /**
     * The pose {@code t} of the way from this one to {@code other}: used to draw the path of a movement. The
     * hands and feet keep this pose's reaches for the first half of the way and the other's after it.
     */
    public Pose toward(Pose other, double t) {
        return new Pose(
                Limb.mix(x, other.x, t),
                Limb.mix(y, other.y, t),
                Limb.mix(trunk, other.trunk, t),
                Limb.mix(spine, other.spine, t),
                Limb.mix(twist, other.twist, t),
                Limb.mix(roll, other.roll, t),
                Limb.mix(neck, other.neck, t),
                Limb.mix(headTurn, other.headTurn, t),
                near.toward(other.near, t),
                far.toward(other.far, t),
                t < 0.5 ? reaches : other.reaches,
                Limb.mix(belly, other.belly, t));
    }

    /** Collects a {@link Pose}'s values by name ({@link #builder()}, {@link #toBuilder()}). */
    public static final class Builder {
        private double x;
        private double y;
        private double trunk;
        private double spine;
        private double twist;
        private double roll;
        private double neck;
        private double headTurn;
        private Limb near = Limb.NEUTRAL;
        private Limb far = Limb.NEUTRAL;
        private List<Reach> reaches = List.of();
        private double belly;

        private Builder() {}

        /** Where the centre of the hip joints is: {@code x} along the floor, {@code y} above it. */
        public Builder pelvis(double x, double y) {
            this.x = x;
            this.y = y;
            return this;
        }

        public Builder trunk(double v) {
            trunk = v;
            return this;
        }

        public Builder spine(double v) {
            spine = v;
            return this;
        }

        public Builder twist(double v) {
            twist = v;
            return this;
        }

        public Builder roll(double v) {
            roll = v;
            return this;
        }

        public Builder neck(double v) {
            neck = v;
            return this;
        }

        public Builder headTurn(double v) {
            headTurn = v;
            return this;
        }

        public Builder belly(double v) {
            belly = v;
            return this;
        }

        /** The arm and leg angles of the side facing the viewer. */
        public Builder near(Limb v) {
            near = v;
            return this;
        }

        public Builder far(Limb v) {
            far = v;
            return this;
        }

        /** The same limb angles on both sides. */
        public Builder limbs(Limb v) {
            near = v;
            far = v;
            return this;
        }

        public Builder reaches(List<Reach> v) {
            reaches = v;
            return this;
        }

        /** The whole-body setting with this JSON name ({@link #BODY_ANGLE_NAMES}). */
        public Builder bodyAngle(String name, double v) {
            return switch (name) {
                case "trunk" -> trunk(v);
                case "spine" -> spine(v);
                case "twist" -> twist(v);
                case "roll" -> roll(v);
                case "neck" -> neck(v);
                case "headTurn" -> headTurn(v);
                case "belly" -> belly(v);
                default -> throw new IllegalArgumentException("no body angle called " + name);
            };
        }

        public Pose build() {
            return new Pose(x, y, trunk, spine, twist, roll, neck, headTurn, near, far, reaches, belly);
        }
    }
}
