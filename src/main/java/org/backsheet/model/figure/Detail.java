package org.backsheet.model.figure;

/**
 * A round magnified view of one part of the body, drawn beside it in each picture: for a movement too small to
 * see at handout size (the lower back pressing flat in a pelvic tilt, the ankle in ankle pumps). {@code point}
 * is the body point at the centre of the view (see {@link Reach#isTarget}, plus {@code lowBack}); {@code x},
 * {@code y} place the centre of the circle in figure units; {@code zoom} is the magnification.
 */
public record Detail(String point, double x, double y, double zoom) {

    /** The point between the pelvis and the waist, at the back: where a pelvic tilt shows. */
    public static final String LOW_BACK = "lowBack";

    public static boolean isPoint(String name) {
        return LOW_BACK.equals(name) || Reach.isTarget(name);
    }
}
