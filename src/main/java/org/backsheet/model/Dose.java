package org.backsheet.model;

/**
 * How much of an exercise to do. Every field is optional (null = not said): an item's dose falls back,
 * field by field, to the exercise's default dose ({@link #orElse}).
 */
public record Dose(Integer sets, Integer reps, Integer holdSeconds, Integer minutes, Boolean perSide,
                   Integer timesPerDay, Integer daysPerWeek) {

    public static final Dose EMPTY = new Dose(null, null, null, null, null, null, null);

    /** This dose with every unset field taken from {@code fallback}. */
    public Dose orElse(Dose fallback) {
        if (fallback == null) {
            return this;
        }
        return new Dose(
                sets != null ? sets : fallback.sets,
                reps != null ? reps : fallback.reps,
                holdSeconds != null ? holdSeconds : fallback.holdSeconds,
                minutes != null ? minutes : fallback.minutes,
                perSide != null ? perSide : fallback.perSide,
                timesPerDay != null ? timesPerDay : fallback.timesPerDay,
                daysPerWeek != null ? daysPerWeek : fallback.daysPerWeek);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** True when the exercise is done on each side in turn (false when unset). */
    public boolean isPerSide() {
        return Boolean.TRUE.equals(perSide);
    }

    public Dose withSets(Integer value) {
        return new Dose(value, reps, holdSeconds, minutes, perSide, timesPerDay, daysPerWeek);
    }

    public Dose withReps(Integer value) {
        return new Dose(sets, value, holdSeconds, minutes, perSide, timesPerDay, daysPerWeek);
    }

    public Dose withHoldSeconds(Integer value) {
        return new Dose(sets, reps, value, minutes, perSide, timesPerDay, daysPerWeek);
    }

    public Dose withMinutes(Integer value) {
        return new Dose(sets, reps, holdSeconds, value, perSide, timesPerDay, daysPerWeek);
    }

    public Dose withPerSide(Boolean value) {
        return new Dose(sets, reps, holdSeconds, minutes, value, timesPerDay, daysPerWeek);
    }

    public Dose withTimesPerDay(Integer value) {
        return new Dose(sets, reps, holdSeconds, minutes, perSide, value, daysPerWeek);
    }

    public Dose withDaysPerWeek(Integer value) {
        return new Dose(sets, reps, holdSeconds, minutes, perSide, timesPerDay, value);
    }
}
