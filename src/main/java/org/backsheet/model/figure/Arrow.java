package org.backsheet.model.figure;

import java.util.Arrays;
import java.util.Objects;

/**
 * An arrow showing the direction of movement. Either it follows a body point ({@code along}, e.g.
 * {@code kneeNear}) from the start pose to the end pose, or it runs between two fixed points {@code from} and
 * {@code to} (x, y in the figure's units) bulging sideways by {@code bend}. {@code offsetX}, {@code offsetY}
 * shift it off the body; {@code both} puts a head at each end (a back-and-forth movement). An arrow is drawn on
 * the start picture, unless {@code onEnd} puts it on the end picture (a push to feel in the finished position).
 * {@code breath} marks air, not a moving body part: its shaft is dashed (a breath out from the mouth), because
 * readers took a solid arrow by the head for "move your head". {@code onThen} puts it on the third picture of a
 * figure that has one; an arrow that follows a body point then traces it from that picture's pose onward, except on
 * the last picture, where it traces the move that led there (readers look for the arrow where the move happens).
 */
public record Arrow(
        String along,
        double[] from,
        double[] to,
        double bend,
        double offsetX,
        double offsetY,
        boolean both,
        boolean onEnd,
        boolean breath,
        boolean onThen) {

    /** An arrow on the start or the end picture. */
    public Arrow(
            String along,
            double[] from,
            double[] to,
            double bend,
            double offsetX,
            double offsetY,
            boolean both,
            boolean onEnd,
            boolean breath) {
        this(along, from, to, bend, offsetX, offsetY, both, onEnd, breath, false);
    }

    /** An arrow of movement (not of breath). */
    public Arrow(
            String along,
            double[] from,
            double[] to,
            double bend,
            double offsetX,
            double offsetY,
            boolean both,
            boolean onEnd) {
        this(along, from, to, bend, offsetX, offsetY, both, onEnd, false);
    }

    /** An arrow on the start picture. */
    public Arrow(String along, double[] from, double[] to, double bend, double offsetX, double offsetY, boolean both) {
        this(along, from, to, bend, offsetX, offsetY, both, false);
    }

    /** Body points an arrow may follow; each takes the suffix {@code Near} or {@code Far} (kneeNear). */
    public static final String[] SIDE_POINTS = {
        "hip", "knee", "ankle", "heel", "toe", "shoulder", "elbow", "wrist", "hand"
    };
    /** Body points in the middle of the body, used as they are. */
    public static final String[] MIDDLE_POINTS = {"head", "neck", "pelvis"};

    /** True when {@code name} is a point an arrow can follow. */
    public static boolean isBodyPoint(String name) {
        for (String p : MIDDLE_POINTS) {
            if (p.equals(name)) {
                return true;
            }
        }
        for (String p : SIDE_POINTS) {
            if (name.equals(p + "Near") || name.equals(p + "Far")) {
                return true;
            }
        }
        return false;
    }

    public Arrow {
        from = from == null ? null : from.clone();
        to = to == null ? null : to.clone();
    }

    /** The picture the arrow is drawn on: 0 the start, 1 the end, 2 the third. */
    public int picture() {
        return onThen ? 2 : onEnd ? 1 : 0;
    }

    public boolean followsBody() {
        return along != null;
    }

    @Override
    public double[] from() {
        return from == null ? null : from.clone();
    }

    @Override
    public double[] to() {
        return to == null ? null : to.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Arrow a
                && Objects.equals(along, a.along)
                && Arrays.equals(from, a.from)
                && Arrays.equals(to, a.to)
                && bend == a.bend
                && offsetX == a.offsetX
                && offsetY == a.offsetY
                && both == a.both
                && onEnd == a.onEnd
                && breath == a.breath
                && onThen == a.onThen;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                along, Arrays.hashCode(from), Arrays.hashCode(to), bend, offsetX, offsetY, both, onEnd, breath, onThen);
    }
}
