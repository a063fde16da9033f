package org.backsheet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A handout for one patient: who it is for, the advice, the disclaimer, how it prints ({@link HandoutOptions})
 * and the exercises. Immutable: the editor replaces a sheet with a changed copy (the {@code with...} methods, or
 * {@link #toBuilder()} for several changes). Built only through {@link #builder()}, so no two text fields can be
 * swapped by position.
 *
 * <p>Optional fields are null when the file does not give them. {@code advice == null} means "print the
 * standard advice"; an empty list means "no advice section". A null or blank {@code disclaimer} means the
 * standard text: a disclaimer is always printed. {@code carriedExercises} are copies of the clinic's own
 * exercises the items use, so the file prints the same where the library lacks them (empty for most sheets).
 */
public final class Sheet {

    public static final int FORMAT_VERSION = 1;
    public static final String FORMAT = "backsheet/sheet";
    public static final String DEFAULT_LANGUAGE = HandoutOptions.DEFAULT_LANGUAGE;

    private static final Sheet EMPTY = new SheetBuilder().build();

    private final String title;
    private final String patient;
    private final String clinician;
    private final Clinic clinic;
    private final LocalDate date;
    private final List<String> advice;
    private final String disclaimer;
    private final HandoutOptions options;
    private final List<SheetItem> items;
    private final UnknownFields unknownFields;
    private final List<Exercise> carriedExercises;

    Sheet(SheetBuilder b) {
        title = b.title;
        patient = b.patient;
        clinician = b.clinician;
        clinic = b.clinic == null ? Clinic.NONE : b.clinic;
        date = b.date;
        advice = b.advice == null ? null : List.copyOf(b.advice);
        disclaimer = b.disclaimer;
        options = b.options == null ? HandoutOptions.DEFAULT : b.options;
        items = b.items == null ? List.of() : List.copyOf(b.items);
        unknownFields = b.unknownFields == null ? UnknownFields.NONE : b.unknownFields;
        carriedExercises = b.carriedExercises == null ? List.of() : List.copyOf(b.carriedExercises);
    }

    /** A blank sheet with every option at its default. */
    public static Sheet empty() {
        return EMPTY;
    }

    public static SheetBuilder builder() {
        return new SheetBuilder();
    }

    /** A builder holding this sheet's values, to change several at once. */
    public SheetBuilder toBuilder() {
        return new SheetBuilder(this);
    }

    public String title() {
        return title;
    }

    public String patient() {
        return patient;
    }

    public String clinician() {
        return clinician;
    }

    public Clinic clinic() {
        return clinic;
    }

    public LocalDate date() {
        return date;
    }

    public List<String> advice() {
        return advice;
    }

    public String disclaimer() {
        return disclaimer;
    }

    public HandoutOptions options() {
        return options;
    }

    public PageOptions page() {
        return options.page();
    }

    public String language() {
        return options.language();
    }

    public Layout layout() {
        return options.layout();
    }

    public Integer trackingDays() {
        return options.trackingDays();
    }

    public boolean groupByPosition() {
        return options.groupByPosition();
    }

    public boolean signatureLine() {
        return options.signatureLine();
    }

    public List<SheetItem> items() {
        return items;
    }

    public UnknownFields unknownFields() {
        return unknownFields;
    }

    /**
     * Copies of the clinic's own exercises this sheet uses, saved inside the file so that the sheet prints the
     * same on a machine whose library lacks them. The catalog's exercise wins where both have the id.
     */
    public List<Exercise> carriedExercises() {
        return carriedExercises;
    }

    /** The copy of exercise {@code id} this sheet carries, if any. */
    public Optional<Exercise> carriedExercise(String id) {
        return carriedExercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Sheet withTitle(String v) {
        return toBuilder().title(v).build();
    }

    public Sheet withPatient(String v) {
        return toBuilder().patient(v).build();
    }

    public Sheet withClinician(String v) {
        return toBuilder().clinician(v).build();
    }

    public Sheet withClinic(Clinic v) {
        return toBuilder().clinic(v).build();
    }

    public Sheet withDate(LocalDate v) {
        return toBuilder().date(v).build();
    }

    public Sheet withAdvice(List<String> v) {
        return toBuilder().advice(v).build();
    }

    public Sheet withDisclaimer(String v) {
        return toBuilder().disclaimer(v).build();
    }

    public Sheet withOptions(HandoutOptions v) {
        return toBuilder().options(v).build();
    }

    public Sheet withPage(PageOptions v) {
        return withOptions(options.withPage(v));
    }

    public Sheet withLanguage(String v) {
        return withOptions(options.withLanguage(v));
    }

    public Sheet withLayout(Layout v) {
        return withOptions(options.withLayout(v));
    }

    public Sheet withTrackingDays(Integer v) {
        return withOptions(options.withTrackingDays(v));
    }

    public Sheet withGroupByPosition(boolean v) {
        return withOptions(options.withGroupByPosition(v));
    }

    public Sheet withSignatureLine(boolean v) {
        return withOptions(options.withSignatureLine(v));
    }

    public Sheet withItems(List<SheetItem> v) {
        return toBuilder().items(v).build();
    }

    /** See {@link #carriedExercises()}. */
    public Sheet withCarriedExercises(List<Exercise> v) {
        return toBuilder().carriedExercises(v).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sheet s
                && Objects.equals(title, s.title)
                && Objects.equals(patient, s.patient)
                && Objects.equals(clinician, s.clinician)
                && clinic.equals(s.clinic)
                && Objects.equals(date, s.date)
                && Objects.equals(advice, s.advice)
                && Objects.equals(disclaimer, s.disclaimer)
                && options.equals(s.options)
                && items.equals(s.items)
                && unknownFields.equals(s.unknownFields)
                && carriedExercises.equals(s.carriedExercises);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                title,
                patient,
                clinician,
                clinic,
                date,
                advice,
                disclaimer,
                options,
                items,
                unknownFields,
                carriedExercises);
    }

    @Override
    public String toString() {
        return "Sheet[title=" + title + ", options=" + options + ", items=" + items + "]";
    }
}
