package org.backsheet.model;

import java.util.Objects;

/**
 * One exercise on a sheet: which exercise (by id), the dose for this patient (unset fields fall back to the
 * exercise's default), a note, optionally a photo that replaces the drawn figure, and optionally a video or web
 * link ({@link WebLink}) that is printed as a QR code and wins over the exercise's own link.
 */
public record SheetItem(
        String exerciseId, Dose dose, String note, EmbeddedImage photo, String link, UnknownFields unknownFields) {

    public SheetItem {
        Objects.requireNonNull(exerciseId, "exerciseId");
        dose = dose == null ? Dose.EMPTY : dose;
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** An item without a link (the form items had before links). */
    public SheetItem(String exerciseId, Dose dose, String note, EmbeddedImage photo, UnknownFields unknownFields) {
        this(exerciseId, dose, note, photo, null, unknownFields);
    }

    public static SheetItem of(String exerciseId) {
        return new SheetItem(exerciseId, Dose.EMPTY, null, null, null, UnknownFields.NONE);
    }

    public SheetItem withDose(Dose value) {
        return new SheetItem(exerciseId, value, note, photo, link, unknownFields);
    }

    public SheetItem withNote(String value) {
        return new SheetItem(exerciseId, dose, value, photo, link, unknownFields);
    }

    public SheetItem withPhoto(EmbeddedImage value) {
        return new SheetItem(exerciseId, dose, note, value, link, unknownFields);
    }

    public SheetItem withLink(String value) {
        return new SheetItem(exerciseId, dose, note, photo, value, unknownFields);
    }

    /** The dose to print: this item's values, completed from the exercise's default dose. */
    public Dose effectiveDose(Exercise exercise) {
        return exercise == null ? dose : dose.orElse(exercise.dose());
    }

    /** The link to print: this item's own, else the exercise's; null when neither has one. */
    public String effectiveLink(Exercise exercise) {
        return link != null || exercise == null ? link : exercise.link();
    }
}
