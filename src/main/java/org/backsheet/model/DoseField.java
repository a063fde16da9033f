package org.backsheet.model;

/**
 * The fields of a {@link Dose}: the one list that reading and writing files, validation, the editor's dose rows,
 * the editor's one-line summary and the handout all walk. A new field is one constant here plus its words in the
 * bundles (each bundle key is built from {@link #key()}) and its entry in docs/schema/exercise.schema.json
 * (FileSchemaTest compares the schema's bounds with these).
 *
 * <p>Every value is a whole number. A {@linkplain Kind#COUNT count} lies in {@code min..max}; a
 * {@linkplain Kind#FLAG flag} (such as "each side") is {@link #YES} or {@link #NO} and is a JSON boolean in files.
 * The constants are in file order: a dose is written field by field in this order.
 */
public enum DoseField {
    SETS("sets", Kind.COUNT, 1, 20),
    REPS("reps", Kind.COUNT, 1, 100),
    HOLD_SECONDS("holdSeconds", Kind.COUNT, 1, 600),
    MINUTES("minutes", Kind.COUNT, 1, 180),
    PER_SIDE("perSide", Kind.FLAG, 0, 1),
    /** Spread over the day rather than done in a session: "every 2 hours" (the walking break: every hour). */
    EVERY_HOURS("everyHours", Kind.COUNT, 1, 12),
    TIMES_PER_DAY("timesPerDay", Kind.COUNT, 1, 12),
    DAYS_PER_WEEK("daysPerWeek", Kind.COUNT, 1, 7);

    /** How a field's value reads: a number of something, or a yes/no. */
    public enum Kind {
        COUNT,
        FLAG
    }

    /** A flag's value for "yes". */
    public static final int YES = 1;
    /** A flag's value for "no" (said on purpose, unlike an unset flag, which falls back to the default). */
    public static final int NO = 0;

    private final String jsonName;
    private final Kind kind;
    private final int min;
    private final int max;

    DoseField(String jsonName, Kind kind, int min, int max) {
        this.jsonName = jsonName;
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    /** The field's name in sheet and exercise files, e.g. {@code holdSeconds}. */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The stem of every bundle key for this field, e.g. {@code dose.holdSeconds} (the editor's label),
     * {@code doseText.holdSeconds} (the editor's summary); the same as the JSON name so that it is said once.
     */
    public String key() {
        return jsonName;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isFlag() {
        return kind == Kind.FLAG;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The value in {@code dose}, or null when the dose leaves it unset. */
    public Integer get(Dose dose) {
        return dose.get(this);
    }

    /** A copy of {@code dose} with this field set to {@code value} (null unsets it). */
    public Dose set(Dose dose, Integer value) {
        return dose.with(this, value);
    }

    public boolean inRange(int value) {
        return value >= min && value <= max;
    }

    /** A flag's value for {@code yes}: {@link #YES}, {@link #NO}, or null when unset. */
    public static Integer flagValue(Boolean yes) {
        return yes == null ? null : yes ? YES : NO;
    }
}
