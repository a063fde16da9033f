package org.backsheet.model.figure;

/**
 * The joint angles of one side of the body, in degrees from the neutral standing position (arms hanging,
 * feet flat). Flexion is positive: {@code hip} 90 lifts the thigh forward to horizontal, {@code knee} 90 bends
 * the knee to a right angle, {@code shoulder} 180 raises the arm overhead, {@code elbow} 90 bends it to a right
 * angle, {@code ankle} positive pulls the toes up (negative points them). {@code hipOut} and {@code shoulderOut}
 * move the limb out to the side (abduction); negative brings it across the body. {@code hipTurn} turns the
 * thigh outward (+ lets a bent leg's foot cross the other knee); {@code shoulderTurn} turns the upper arm inward
 * (+ brings a bent arm's hand across the body, onto the stomach or chest).
 */
public record Limb(
        double hip,
        double hipOut,
        double hipTurn,
        double knee,
        double ankle,
        double shoulder,
        double shoulderOut,
        double shoulderTurn,
        double elbow) {

    /** Standing straight, arms hanging. */
    public static final Limb NEUTRAL = new Limb(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** A name in a figure's JSON for each angle, in record order. */
    public static final String[] ANGLE_NAMES = {
        "hip", "hipOut", "hipTurn", "knee", "ankle", "shoulder", "shoulderOut", "shoulderTurn", "elbow"
    };

    /** The angle with the given JSON name. */
    public double angle(String name) {
        return switch (name) {
            case "hip" -> hip;
            case "hipOut" -> hipOut;
            case "hipTurn" -> hipTurn;
            case "knee" -> knee;
            case "ankle" -> ankle;
            case "shoulder" -> shoulder;
            case "shoulderOut" -> shoulderOut;
            case "shoulderTurn" -> shoulderTurn;
            case "elbow" -> elbow;
            default -> throw new IllegalArgumentException("no limb angle called " + name);
        };
    }

    /** A copy with the named angle changed. */
    public Limb with(String name, double value) {
        return new Limb(
                name.equals("hip") ? value : hip,
                name.equals("hipOut") ? value : hipOut,
                name.equals("hipTurn") ? value : hipTurn,
                name.equals("knee") ? value : knee,
                name.equals("ankle") ? value : ankle,
                name.equals("shoulder") ? value : shoulder,
                name.equals("shoulderOut") ? value : shoulderOut,
                name.equals("shoulderTurn") ? value : shoulderTurn,
                name.equals("elbow") ? value : elbow);
    }

    /** The pose {@code t} of the way from this one to {@code other} (0 = this, 1 = other). */
    public Limb toward(Limb other, double t) {
        return new Limb(
                mix(hip, other.hip, t),
                mix(hipOut, other.hipOut, t),
                mix(hipTurn, other.hipTurn, t),
                mix(knee, other.knee, t),
                mix(ankle, other.ankle, t),
                mix(shoulder, other.shoulder, t),
                mix(shoulderOut, other.shoulderOut, t),
                mix(shoulderTurn, other.shoulderTurn, t),
                mix(elbow, other.elbow, t));
    }

    static double mix(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
