package org.backsheet.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;

/** The dose fields shared by sheet items and an exercise's default dose, with the model's bounds. */
final class DoseJson {

    static final String PER_SIDE = "perSide";

    private DoseJson() {
    }

    /** Reads every dose field present in {@code fields}; bad values are reported and left unset. */
    static Dose read(JsonFields fields) {
        Dose dose = Dose.EMPTY;
        for (DoseField f : DoseField.values()) {
            Integer value = fields.wholeNumber(f.jsonName(), f.min(), f.max());
            if (value != null) {
                dose = f.set(dose, value);
            }
        }
        Boolean perSide = fields.bool(PER_SIDE);
        return perSide == null ? dose : dose.withPerSide(perSide);
    }

    /** Writes the set fields in file order: the model's order, with perSide after minutes. */
    static void write(JsonWriter out, Dose dose) throws IOException {
        for (DoseField f : DoseField.values()) {
            Integer value = f.get(dose);
            if (value != null) {
                out.name(f.jsonName()).value(value.longValue());
            }
            if (f == DoseField.MINUTES && dose.perSide() != null) {
                out.name(PER_SIDE).value(dose.perSide());
            }
        }
    }
}
