package org.backsheet.model;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The whole-number fields of a {@link Dose}, with their JSON names and the bounds a value must lie in.
 * Validation, the editor's spinners and the handout's table all walk this list, so a new field is added once.
 */
public enum DoseField {
    SETS("sets", 1, 20, Dose::sets, Dose::withSets),
    REPS("reps", 1, 100, Dose::reps, Dose::withReps),
    HOLD_SECONDS("holdSeconds", 1, 600, Dose::holdSeconds, Dose::withHoldSeconds),
    MINUTES("minutes", 1, 180, Dose::minutes, Dose::withMinutes),
    TIMES_PER_DAY("timesPerDay", 1, 12, Dose::timesPerDay, Dose::withTimesPerDay),
    DAYS_PER_WEEK("daysPerWeek", 1, 7, Dose::daysPerWeek, Dose::withDaysPerWeek);

    private final String jsonName;
    private final int min;
    private final int max;
    private final Function<Dose, Integer> getter;
    private final BiFunction<Dose, Integer, Dose> setter;

    DoseField(String jsonName, int min, int max, Function<Dose, Integer> getter,
              BiFunction<Dose, Integer, Dose> setter) {
        this.jsonName = jsonName;
        this.min = min;
        this.max = max;
        this.getter = getter;
        this.setter = setter;
    }

    /** The field's name in sheet and exercise files, e.g. {@code holdSeconds}. */
    public String jsonName() {
        return jsonName;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The value in {@code dose}, or null when the dose leaves it unset. */
    public Integer get(Dose dose) {
        return getter.apply(dose);
    }

    /** A copy of {@code dose} with this field set to {@code value} (null unsets it). */
    public Dose set(Dose dose, Integer value) {
        return setter.apply(dose, value);
    }

    public boolean inRange(int value) {
        return value >= min && value <= max;
    }

    /** The field with this JSON name, or null. */
    public static DoseField byJsonName(String name) {
        for (DoseField field : values()) {
            if (field.jsonName.equals(name)) {
                return field;
            }
        }
        return null;
    }
}
