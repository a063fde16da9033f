package org.backsheet.image;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The pixels one handout may decode altogether. Every picture is checked on its own, yet 500 small files that
 * each declare 7,000 x 7,000 pixels would still take minutes and gigabytes; past this budget the remaining
 * pictures of that handout are left out (with a warning), so the worst sheet within the limits renders in
 * seconds.
 */
public final class PictureBudget {

    /** About 100 photos as the editor stores them (1,600 x 1,200), far more than a handout shows. */
    public static final long MAX_PIXELS_PER_HANDOUT = 200_000_000L;

    private static final Map<Object, PictureBudget> BY_DOCUMENT = new WeakHashMap<>();

    private long left = MAX_PIXELS_PER_HANDOUT;

    private PictureBudget() {}

    /** The budget of the handout being made as {@code document} (one per document, forgotten with it). */
    public static PictureBudget of(Object document) {
        synchronized (BY_DOCUMENT) {
            return BY_DOCUMENT.computeIfAbsent(document, d -> new PictureBudget());
        }
    }

    /** A budget not tied to a document, for one picture (an import). */
    public static PictureBudget single() {
        return new PictureBudget();
    }

    /** Takes {@code pixels} from the budget; false (and nothing taken) when not enough is left. */
    public synchronized boolean take(long pixels) {
        if (pixels > left) {
            return false;
        }
        left -= pixels;
        return true;
    }
}
