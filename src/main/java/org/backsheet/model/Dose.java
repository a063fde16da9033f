package org.backsheet.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much of an exercise to do: a value for some of the {@link DoseField}s. Every field is optional (unset = not
 * said): an item's dose falls back, field by field, to the exercise's default dose ({@link #orElse}).
 * Immutable; {@link #with} returns a changed copy. The named accessors ({@link #reps()}, {@link #withReps} ...)
 * are conveniences over {@link #get}/{@link #with}.
 */
public final class Dose {

    public static final Dose EMPTY = new Dose(new EnumMap<>(DoseField.class));

    private final Map<DoseField, Integer> values;

    private Dose(EnumMap<DoseField, Integer> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The value of {@code field}, or null when unset. A flag reads {@link DoseField#YES} or {@link DoseField#NO}. */
    public Integer get(DoseField field) {
        return values.get(field);
    }

    /**
     * A copy with {@code field} set to {@code value}; null unsets it.
     *
     * @throws IllegalArgumentException when the value is outside the field's bounds (readers check first and
     *                                  report the file and field; this guards the model against a program error)
     */
    public Dose with(DoseField field, Integer value) {
        if (value != null && !field.inRange(value)) {
            throw new IllegalArgumentException(
                    field.jsonName() + " must be " + field.min() + " to " + field.max() + ", was " + value);
        }
        EnumMap<DoseField, Integer> copy = values.isEmpty() ? new EnumMap<>(DoseField.class) : new EnumMap<>(values);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy.isEmpty() ? EMPTY : new Dose(copy);
    }

    /** Whether {@code field} has a value. */
    public boolean has(DoseField field) {
        return values.containsKey(field);
    }

    /** When in the day the exercise is done: in sessions ("2 times a day") or spread out ("every hour"). */
    private static final List<DoseField> TIMING = List.of(DoseField.TIMES_PER_DAY, DoseField.EVERY_HOURS);

    /**
     * This dose with every unset field taken from {@code fallback}, except that the timing is taken whole: a dose
     * that says either "times a day" or "every N hours" takes neither from the fallback. (An item's "2 times a
     * day" on the walking break, usually every hour, means twice a day, not "every hour, 2 times a day".)
     */
    public Dose orElse(Dose fallback) {
        if (fallback == null || fallback.values.isEmpty()) {
            return this;
        }
        EnumMap<DoseField, Integer> merged = new EnumMap<>(fallback.values);
        if (TIMING.stream().anyMatch(values::containsKey)) {
            TIMING.forEach(merged::remove);
        }
        merged.putAll(values);
        return new Dose(merged);
    }

    /** True when the exercise is spread over the day ("every hour") rather than done in the day's sessions. */
    public boolean isSpreadOverDay() {
        return everyHours() != null;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Integer sets() {
        return get(DoseField.SETS);
    }

    public Integer reps() {
        return get(DoseField.REPS);
    }

    public Integer holdSeconds() {
        return get(DoseField.HOLD_SECONDS);
    }

    public Integer minutes() {
        return get(DoseField.MINUTES);
    }

    /** "Each side" as the file says it: true, false, or null when unset. */
    public Boolean perSide() {
        Integer v = get(DoseField.PER_SIDE);
        return v == null ? null : v == DoseField.YES;
    }

    public Integer everyHours() {
        return get(DoseField.EVERY_HOURS);
    }

    public Integer timesPerDay() {
        return get(DoseField.TIMES_PER_DAY);
    }

    public Integer daysPerWeek() {
        return get(DoseField.DAYS_PER_WEEK);
    }

    /** True when the exercise is done on each side in turn (false when unset). */
    public boolean isPerSide() {
        return Boolean.TRUE.equals(perSide());
    }

    public Dose withSets(Integer value) {
        return with(DoseField.SETS, value);
    }

    public Dose withReps(Integer value) {
        return with(DoseField.REPS, value);
    }

    public Dose withHoldSeconds(Integer value) {
        return with(DoseField.HOLD_SECONDS, value);
    }

    public Dose withMinutes(Integer value) {
        return with(DoseField.MINUTES, value);
    }

    public Dose withPerSide(Boolean value) {
        return with(DoseField.PER_SIDE, DoseField.flagValue(value));
    }

    public Dose withEveryHours(Integer value) {
        return with(DoseField.EVERY_HOURS, value);
    }

    public Dose withTimesPerDay(Integer value) {
        return with(DoseField.TIMES_PER_DAY, value);
    }

    public Dose withDaysPerWeek(Integer value) {
        return with(DoseField.DAYS_PER_WEEK, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dose other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Dose" + values;
    }
}
