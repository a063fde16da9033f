package org.backsheet.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A handout for one patient: who it is for, the advice, the disclaimer, page options and the exercises.
 * Immutable: the editor replaces a sheet with a changed copy (the {@code with...} methods).
 *
 * <p>Optional fields are null when the file does not give them. {@code advice == null} means "print the
 * standard advice"; an empty list means "no advice section". A null or blank {@code disclaimer} means the
 * standard text: a disclaimer is always printed. {@code carriedExercises} are copies of the clinic's own
 * exercises the items use, so the file prints the same where the library lacks them (empty for most sheets).
 */
public record Sheet(
        String title,
        String patient,
        String clinician,
        Clinic clinic,
        LocalDate date,
        List<String> advice,
        String disclaimer,
        PageOptions page,
        String language,
        Layout layout,
        Integer trackingDays,
        boolean groupByPosition,
        boolean signatureLine,
        List<SheetItem> items,
        UnknownFields unknownFields,
        List<Exercise> carriedExercises) {

    public static final int FORMAT_VERSION = 1;
    public static final String FORMAT = "backsheet/sheet";
    public static final String DEFAULT_LANGUAGE = "en";

    public Sheet {
        clinic = clinic == null ? Clinic.NONE : clinic;
        advice = advice == null ? null : List.copyOf(advice);
        page = page == null ? PageOptions.DEFAULT : page;
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
        layout = layout == null ? Layout.DETAILED : layout;
        items = items == null ? List.of() : List.copyOf(items);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
        carriedExercises = carriedExercises == null ? List.of() : List.copyOf(carriedExercises);
    }

    /** A sheet that carries no copies of exercises (the form every sheet had before carried copies). */
    public Sheet(String title, String patient, String clinician, Clinic clinic, LocalDate date, List<String> advice,
                 String disclaimer, PageOptions page, String language, Layout layout, Integer trackingDays,
                 boolean groupByPosition, boolean signatureLine, List<SheetItem> items,
                 UnknownFields unknownFields) {
        this(title, patient, clinician, clinic, date, advice, disclaimer, page, language, layout, trackingDays,
                groupByPosition, signatureLine, items, unknownFields, List.of());
    }

    /** A blank sheet with every option at its default. */
    public static Sheet empty() {
        return new Sheet(null, null, null, Clinic.NONE, null, null, null, PageOptions.DEFAULT,
                DEFAULT_LANGUAGE, Layout.DETAILED, null, false, false, List.of(), UnknownFields.NONE);
    }

    public Sheet withTitle(String v) {
        return new Sheet(v, patient, clinician, clinic, date, advice, disclaimer, page, language, layout,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withPatient(String v) {
        return new Sheet(title, v, clinician, clinic, date, advice, disclaimer, page, language, layout,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withClinician(String v) {
        return new Sheet(title, patient, v, clinic, date, advice, disclaimer, page, language, layout,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withClinic(Clinic v) {
        return new Sheet(title, patient, clinician, v, date, advice, disclaimer, page, language, layout,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withDate(LocalDate v) {
        return new Sheet(title, patient, clinician, clinic, v, advice, disclaimer, page, language, layout,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withAdvice(List<String> v) {
        return new Sheet(title, patient, clinician, clinic, date, v, disclaimer, page, language, layout,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withDisclaimer(String v) {
        return new Sheet(title, patient, clinician, clinic, date, advice, v, page, language, layout,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withPage(PageOptions v) {
        return new Sheet(title, patient, clinician, clinic, date, advice, disclaimer, v, language, layout,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withLanguage(String v) {
        return new Sheet(title, patient, clinician, clinic, date, advice, disclaimer, page, v, layout,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withLayout(Layout v) {
        return new Sheet(title, patient, clinician, clinic, date, advice, disclaimer, page, language, v,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withTrackingDays(Integer v) {
        return new Sheet(title, patient, clinician, clinic, date, advice, disclaimer, page, language, layout,
                v, groupByPosition, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withGroupByPosition(boolean v) {
        return new Sheet(title, patient, clinician, clinic, date, advice, disclaimer, page, language, layout,
                trackingDays, v, signatureLine, items, unknownFields, carriedExercises);
    }

    public Sheet withSignatureLine(boolean v) {
        return new Sheet(title, patient, clinician, clinic, date, advice, disclaimer, page, language, layout,
                trackingDays, groupByPosition, v, items, unknownFields, carriedExercises);
    }

    public Sheet withItems(List<SheetItem> v) {
        return new Sheet(title, patient, clinician, clinic, date, advice, disclaimer, page, language, layout,
                trackingDays, groupByPosition, signatureLine, v, unknownFields, carriedExercises);
    }

    /**
     * Copies of the clinic's own exercises this sheet uses, saved inside the file so that the sheet prints the
     * same on a machine whose library lacks them. The catalog's exercise wins where both have the id.
     */
    public Sheet withCarriedExercises(List<Exercise> v) {
        return new Sheet(title, patient, clinician, clinic, date, advice, disclaimer, page, language, layout,
                trackingDays, groupByPosition, signatureLine, items, unknownFields, v);
    }

    /** The copy of exercise {@code id} this sheet carries, if any. */
    public java.util.Optional<Exercise> carriedExercise(String id) {
        return carriedExercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Sheet withUnknownFields(UnknownFields v) {
        return new Sheet(title, patient, clinician, clinic, date, advice, disclaimer, page, language, layout,
                trackingDays, groupByPosition, signatureLine, items, v, carriedExercises);
    }
}
