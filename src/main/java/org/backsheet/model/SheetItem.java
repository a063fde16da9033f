package org.backsheet.model;

import java.util.Objects;

/**
 * One exercise on a sheet: which exercise (by id), the dose for this patient (unset fields fall back to the
 * exercise's default), a note, and optionally a photo that replaces the drawn figure.
 */
public record SheetItem(String exerciseId, Dose dose, String note, EmbeddedImage photo, UnknownFields unknownFields) {

    public SheetItem {
        Objects.requireNonNull(exerciseId, "exerciseId");
        dose = dose == null ? Dose.EMPTY : dose;
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public static SheetItem of(String exerciseId) {
        return new SheetItem(exerciseId, Dose.EMPTY, null, null, UnknownFields.NONE);
    }

    public SheetItem withDose(Dose value) {
        return new SheetItem(exerciseId, value, note, photo, unknownFields);
    }

    public SheetItem withNote(String value) {
        return new SheetItem(exerciseId, dose, value, photo, unknownFields);
    }

    public SheetItem withPhoto(EmbeddedImage value) {
        return new SheetItem(exerciseId, dose, note, value, unknownFields);
    }

    /** The dose to print: this item's values, completed from the exercise's default dose. */
    public Dose effectiveDose(Exercise exercise) {
        return exercise == null ? dose : dose.orElse(exercise.dose());
    }
}
