package org.backsheet.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Collects a {@link Sheet}'s values by name ({@link Sheet#builder()}, {@link Sheet#toBuilder()}); unset values
 * take the defaults {@link Sheet#empty()} has.
 */
public final class SheetBuilder {
    // Package-private: the Sheet constructor reads them.
    String title;
    String patient;
    String clinician;
    Clinic clinic;
    LocalDate date;
    List<String> advice;
    String disclaimer;
    HandoutOptions options = HandoutOptions.DEFAULT;
    List<SheetItem> items;
    UnknownFields unknownFields;
    List<Exercise> carriedExercises;

    SheetBuilder() {}

    SheetBuilder(Sheet s) {
        title = s.title();
        patient = s.patient();
        clinician = s.clinician();
        clinic = s.clinic();
        date = s.date();
        advice = s.advice();
        disclaimer = s.disclaimer();
        options = s.options();
        items = s.items();
        unknownFields = s.unknownFields();
        carriedExercises = s.carriedExercises();
    }

    public SheetBuilder title(String v) {
        title = v;
        return this;
    }

    public SheetBuilder patient(String v) {
        patient = v;
        return this;
    }

    public SheetBuilder clinician(String v) {
        clinician = v;
        return this;
    }

    public SheetBuilder clinic(Clinic v) {
        clinic = v;
        return this;
    }

    public SheetBuilder date(LocalDate v) {
        date = v;
        return this;
    }

    public SheetBuilder advice(List<String> v) {
        advice = v;
        return this;
    }

    public SheetBuilder disclaimer(String v) {
        disclaimer = v;
        return this;
    }

    public SheetBuilder options(HandoutOptions v) {
        options = v == null ? HandoutOptions.DEFAULT : v;
        return this;
    }

    /** Changes one or more handout options, e.g. {@code .options(o -> o.withLanguage("es"))}. */
    public SheetBuilder options(UnaryOperator<HandoutOptions> change) {
        return options(change.apply(options));
    }

    public SheetBuilder items(List<SheetItem> v) {
        items = v;
        return this;
    }

    /** Adds items after those already given. */
    public SheetBuilder item(SheetItem... more) {
        List<SheetItem> all = new ArrayList<>(items == null ? List.of() : items);
        all.addAll(List.of(more));
        items = all;
        return this;
    }

    public SheetBuilder unknownFields(UnknownFields v) {
        unknownFields = v;
        return this;
    }

    public SheetBuilder carriedExercises(List<Exercise> v) {
        carriedExercises = v;
        return this;
    }

    public Sheet build() {
        return new Sheet(this);
    }
}
