package org.backsheet.model.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The joint angles that keep a drawn pose believable (docs/figures.md: degrees from neutral standing). A pose
 * outside them looks broken to a patient, so the built-in figures are tested against this list.
 */
public final class JointRanges {

    /** One range: the angle's JSON name, its lowest and highest believable value. */
    public record Range(String name, double min, double max) {
        boolean contains(double value) {
            return value >= min && value <= max;
        }
    }

    /** Limb angles: hip flexion 0-120 with 20 of extension, knee 0-140, shoulder 0-180, elbow 0-145. */
    public static final List<Range> LIMB = List.of(
            new Range("hip", -20, 125),
            new Range("hipOut", -35, 60),
            new Range("hipTurn", -45, 60),
            new Range("knee", 0, 140),
            new Range("ankle", -50, 30),
            new Range("shoulder", -60, 180),
            new Range("shoulderOut", -45, 180),
            new Range("shoulderTurn", -60, 90),
            new Range("elbow", 0, 145));

    /**
     * Whole-body angles: trunk flexion 0-90 (some extension for the press-up), rotation 0-45, neck turn 0-70; the
     * belly's shape from -1 (drawn in) to 1 (rounded out).
     */
    public static final List<Range> BODY = List.of(
            new Range("spine", -45, 90),
            new Range("twist", -45, 45),
            new Range("neck", -30, 60),
            new Range("headTurn", -70, 70),
            new Range("belly", -1, 1));

    private JointRanges() {}

    /** Each angle of {@code pose} outside its range, as "far.knee 150 is outside 0 to 140". */
    public static List<String> violations(Pose pose) {
        List<String> found = new ArrayList<>();
        for (Range r : BODY) {
            check(found, r.name(), r, pose.bodyAngle(r.name()));
        }
        for (Range r : LIMB) {
            check(found, "near." + r.name(), r, pose.near().angle(r.name()));
            check(found, "far." + r.name(), r, pose.far().angle(r.name()));
        }
        return found;
    }

    private static void check(List<String> found, String label, Range r, double value) {
        if (!r.contains(value)) {
            found.add(label + " " + value + " is outside " + r.min() + " to " + r.max());
        }
    }
}
