package org.backsheet.model.figure;

import java.util.List;

/**
 * A hand or foot placed on something instead of where its joint angles would put it: a hand holding a knee, a
 * hand resting on the stomach, an ankle crossed over the other knee. The limb's joints are then solved so that
 * the hand (or foot) reaches the point, bending the elbow (or knee) the way the joint angles already bend it.
 *
 * <p>{@code end} is one of {@link #ENDS}. The point is the body point {@code point} (see {@link #isTarget})
 * moved by {@code dx, dy} in figure units, or, when {@code point} is null, the fixed place {@code (dx, dy)}
 * (a hand on the floor).
 */
public record Reach(String end, String point, double dx, double dy) {

    /** What can reach: each hand and each foot. */
    public static final List<String> ENDS = List.of("handNear", "handFar", "footNear", "footFar");

    /** Body points a hand or foot can reach besides those arrows follow: the middle of thigh, shin and foot, the belly. */
    public static final List<String> EXTRA_POINTS =
            List.of("thighNear", "thighFar", "shinNear", "shinFar", "footNear", "footFar", "belly", "chest");

    /** True when {@code name} is a point of the body a hand or foot may be placed on. */
    public static boolean isTarget(String name) {
        return name != null && (Arrow.isBodyPoint(name) || EXTRA_POINTS.contains(name));
    }

    /** True when this reach places a foot (the leg is solved) rather than a hand. */
    public boolean isFoot() {
        return end.startsWith("foot");
    }

    /** True for the near-side hand or foot. */
    public boolean isNear() {
        return end.endsWith("Near");
    }
}
