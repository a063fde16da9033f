package org.backsheet.render;

import org.backsheet.model.Dose;

/**
 * How long one exercise takes in one session, the rule behind the daily plan's minutes, stated here once:
 * an exercise with minutes takes those minutes (on each side when it says so); otherwise each repeat takes its
 * hold plus {@value #MOVE_SECONDS} seconds to move into and out of it, times the repeats (1 when unset), times the
 * sets (1 when unset), twice when done on each side, plus {@value #REST_SECONDS} seconds of rest between sets and
 * {@value #SET_UP_SECONDS} seconds to get into position.
 */
public final class SessionTime {

    static final int MOVE_SECONDS = 4;
    static final int REST_SECONDS = 30;
    static final int SET_UP_SECONDS = 30;

    private SessionTime() {}

    /** Seconds one session of this dose takes. */
    public static int seconds(Dose dose) {
        int sides = dose.isPerSide() ? 2 : 1;
        if (dose.minutes() != null) {
            return dose.minutes() * 60 * sides;
        }
        int reps = dose.reps() == null ? 1 : dose.reps();
        int sets = dose.sets() == null ? 1 : dose.sets();
        int hold = dose.holdSeconds() == null ? 0 : dose.holdSeconds();
        return sets * reps * (hold + MOVE_SECONDS) * sides + (sets - 1) * REST_SECONDS + SET_UP_SECONDS;
    }

    /** Whole minutes for a number of seconds, rounded up: a plan never promises less time than it takes. */
    public static int minutes(int seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }
}
