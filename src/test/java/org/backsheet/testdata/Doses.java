package org.backsheet.testdata;

import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;

/**
 * Test doses by name instead of by position: {@code Doses.dose().reps(10).hold(5).build()}. Fields left out stay
 * unset, as in a file that does not give them.
 */
public final class Doses {

    private Dose dose = Dose.EMPTY;

    private Doses() {}

    public static Doses dose() {
        return new Doses();
    }

    public Doses sets(int v) {
        return set(DoseField.SETS, v);
    }

    public Doses reps(int v) {
        return set(DoseField.REPS, v);
    }

    public Doses hold(int seconds) {
        return set(DoseField.HOLD_SECONDS, seconds);
    }

    public Doses minutes(int v) {
        return set(DoseField.MINUTES, v);
    }

    /** "Each side" said on purpose, yes or no. */
    public Doses perSide(boolean v) {
        dose = dose.withPerSide(v);
        return this;
    }

    public Doses timesPerDay(int v) {
        return set(DoseField.TIMES_PER_DAY, v);
    }

    public Doses daysPerWeek(int v) {
        return set(DoseField.DAYS_PER_WEEK, v);
    }

    public Doses set(DoseField field, int v) {
        dose = dose.with(field, v);
        return this;
    }

    public Dose build() {
        return dose;
    }
}
