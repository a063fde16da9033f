package org.backsheet.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;

/**
 * The dose fields shared by sheet items and an exercise's default dose: every {@link DoseField}, a count as a
 * whole number within the field's bounds, a flag as {@code true}/{@code false}.
 */
final class DoseJson {

    private DoseJson() {}

    /** Reads every dose field present in {@code fields}; bad values are reported and left unset. */
    static Dose read(JsonFields fields) {
        Dose dose = Dose.EMPTY;
        for (DoseField f : DoseField.values()) {
            Integer value = f.isFlag()
                    ? DoseField.flagValue(fields.bool(f.jsonName()))
                    : fields.wholeNumber(f.jsonName(), f.min(), f.max());
            dose = dose.with(f, value);
        }
        return dose;
    }

    /** Writes the set fields in the model's order (the file order). */
    static void write(JsonWriter out, Dose dose) throws IOException {
        for (DoseField f : DoseField.values()) {
            Integer value = dose.get(f);
            if (value == null) {
                continue;
            }
            out.name(f.jsonName());
            if (f.isFlag()) {
                out.value(value == DoseField.YES);
            } else {
                out.value(value.longValue());
            }
        }
    }
}
