package org.backsheet.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Clinic;
import org.backsheet.model.Exercise;
import org.backsheet.model.Layout;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.render.PrintedDate;
import org.backsheet.render.PrintedTitle;

/**
 * The sheet's own fields: title, patient, clinician, clinic, date and page options. Text fields are edited as
 * the user types; each field's typing is one undo step. Blank text is stored as "not given". The handout
 * options (language, layout, tracking chart, grouping, signature line) are one undo step each.
 */
public final class DetailsController {

    /** The text fields of the sheet header. */
    public enum TextField {
        TITLE,
        PATIENT,
        CLINICIAN,
        CLINIC_NAME,
        CLINIC_CONTACT,
        CLINIC_EMERGENCY_NUMBER
    }

    private final SheetChanges changes;
    private final AdviceController advice;
    private final Supplier<Catalog> catalog;

    DetailsController(SheetChanges changes, AdviceController advice, Supplier<Catalog> catalog) {
        this.changes = changes;
        this.advice = advice;
        this.catalog = catalog;
    }

    /** The current text of {@code field}, "" when unset. */
    public String text(TextField field) {
        Sheet s = changes.sheet();
        String value =
                switch (field) {
                    case TITLE -> s.title();
                    case PATIENT -> s.patient();
                    case CLINICIAN -> s.clinician();
                    case CLINIC_NAME -> s.clinic().name();
                    case CLINIC_CONTACT -> s.clinic().contact();
                    case CLINIC_EMERGENCY_NUMBER -> s.clinic().emergencyNumber();
                };
        return value == null ? "" : value;
    }

    public void setText(TextField field, String text) {
        String v = text == null || text.isBlank() ? null : text;
        changes.apply(
                "edit.field." + field.name(),
                "field." + field.name(),
                s -> switch (field) {
                    case TITLE -> s.withTitle(v);
                    case PATIENT -> s.withPatient(v);
                    case CLINICIAN -> s.withClinician(v);
                    case CLINIC_NAME -> s.withClinic(s.clinic().withName(v));
                    case CLINIC_CONTACT -> s.withClinic(s.clinic().withContact(v));
                    case CLINIC_EMERGENCY_NUMBER -> s.withClinic(s.clinic().withEmergencyNumber(v));
                },
                changes.document().selection());
    }

    /** How dates are written here: the editor's locale, or year-month-day. */
    public DateText dates() {
        return new DateText(changes.texts().locale());
    }

    /** The date in the locale's short form, "" when unset. */
    public String dateText() {
        LocalDate d = changes.sheet().date();
        return d == null ? "" : dates().format(d);
    }

    /** The sheet's date as the handout prints it, in words and the handout's language; "" when unset. */
    public String printedDate() {
        Sheet s = changes.sheet();
        return s.date() == null ? "" : PrintedDate.format(s.date(), s.language());
    }

    /** The title the handout prints when the sheet gives none, in the handout's language. */
    public String defaultTitle() {
        return PrintedTitle.of(changes.sheet().withTitle(null));
    }

    /**
     * Takes the date as it is being typed: a complete, valid date is set at once; anything else (a blank field,
     * half a date) changes nothing yet, so the sheet never loses its date while the field is retyped. Returns
     * whether the text is a date.
     */
    public boolean setDateText(String text) {
        Optional<LocalDate> date = dates().parse(text);
        date.ifPresent(this::setDate);
        return date.isPresent();
    }

    /**
     * The field was left with {@code text}: a blank field clears the date on purpose; text that is not a date
     * keeps the last valid one. Returns null when the text was taken, else the message saying what was kept.
     */
    public String finishDateText(String text) {
        if (text == null || text.isBlank()) {
            setDate(null);
            return null;
        }
        if (setDateText(text)) {
            return null;
        }
        LocalDate kept = changes.sheet().date();
        return kept == null
                ? changes.texts().get("status.dateNotTaken", text.strip(), dates().pattern())
                : changes.texts().get("status.dateKept", text.strip(), dates().format(kept), dates().pattern());
    }

    public void setDate(LocalDate date) {
        changes.apply(
                "edit.date", "date", s -> s.withDate(date), changes.document().selection());
    }

    /** Whether the open sheet's clinic differs from the clinic profile (then the view offers to apply it). */
    public boolean clinicDiffersFrom(ClinicProfile profile) {
        Clinic c = changes.sheet().clinic();
        return !Objects.equals(blankToNull(c.name()), blankToNull(profile.name()))
                || !Objects.equals(blankToNull(c.contact()), blankToNull(profile.contact()))
                || !Objects.equals(blankToNull(c.emergencyNumber()), blankToNull(profile.emergencyNumber()))
                || !Objects.equals(c.logo(), profile.logo());
    }

    /** Puts the clinic profile's name, contact, emergency number and logo on the open sheet, as one undo step. */
    public void applyClinicProfile(ClinicProfile profile) {
        changes.apply(
                "edit.clinicProfile",
                s -> s.withClinic(s.clinic()
                        .withName(blankToNull(profile.name()))
                        .withContact(blankToNull(profile.contact()))
                        .withEmergencyNumber(blankToNull(profile.emergencyNumber()))
                        .withLogo(profile.logo())));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public PageSize pageSize() {
        return changes.sheet().page().size();
    }

    public void setPageSize(PageSize size) {
        changes.apply("edit.pageSize", s -> s.withPage(s.page().withSize(size)));
    }

    public boolean largePrint() {
        return changes.sheet().page().largePrint();
    }

    public void setLargePrint(boolean on) {
        changes.apply("edit.largePrint", s -> s.withPage(s.page().withLargePrint(on)));
    }

    /** The handout's language code ("en", "es"). */
    public String language() {
        return changes.sheet().language();
    }

    /** Changes the language; standard advice lines in an own list follow it (see {@link AdviceController}). */
    public void setLanguage(String language) {
        changes.apply("edit.language", s -> advice.inLanguage(s, language));
    }

    /**
     * The clinician's own texts, which a language change leaves as they were written (none is translated): the
     * advice lines they wrote or changed (quoted, so they can be found), their own exercises on the sheet that
     * have no words in the sheet's language, own disclaimer wording, notes on exercises; each as a phrase for
     * the message. Empty when the sheet has none.
     */
    public List<String> ownTexts() {
        Sheet s = changes.sheet();
        EditorTexts t = changes.texts();
        List<String> own = new ArrayList<>();
        List<String> lines = advice.ownLines();
        if (!lines.isEmpty()) {
            own.add(t.get("language.own.advice", lines.size(), quoted(lines)));
        }
        List<String> exercises = untranslatedOwnExercises(s);
        if (!exercises.isEmpty()) {
            own.add(t.get("language.own.exercises", exercises.size(), quoted(exercises)));
        }
        if (s.disclaimer() != null) {
            own.add(t.get("language.own.disclaimer"));
        }
        long notes = s.items().stream()
                .filter(i -> i.note() != null && !i.note().isBlank())
                .count();
        if (notes > 0) {
            own.add(t.get("language.own.notes", notes));
        }
        return own;
    }

    /**
     * The names of the clinic's own exercises on the sheet without a translated name into the sheet's language:
     * they print as they were written, whatever the handout's language. Built-in exercises have every language.
     */
    private List<String> untranslatedOwnExercises(Sheet s) {
        Catalog known = catalog.get().withCarried(s.carriedExercises());
        return s.items().stream()
                .map(i -> known.find(i.exerciseId()))
                .flatMap(Optional::stream)
                .filter(e -> !e.isBuiltIn() && !translated(e, s.language()))
                .map(Exercise::name)
                .distinct()
                .toList();
    }

    private static boolean translated(Exercise e, String language) {
        var text = e.translations().get(language);
        return text != null && text.name() != null && !text.name().isBlank();
    }

    /** Whether the sheet has its own advice list, which the standard advice of the new language could replace. */
    public boolean hasOwnAdvice() {
        return changes.sheet().advice() != null;
    }

    /** Each line in quotes, a long one shortened: enough to find it in the list. */
    private static String quoted(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            out.add("\u201c" + (l.length() > 40 ? l.substring(0, 39).strip() + "\u2026" : l) + "\u201d");
        }
        return String.join(", ", out);
    }

    public Layout layout() {
        return changes.sheet().layout();
    }

    public void setLayout(Layout layout) {
        changes.apply("edit.layout", s -> s.withLayout(layout));
    }

    /** Days in the tracking chart, or null for no chart. */
    public Integer trackingDays() {
        return changes.sheet().trackingDays();
    }

    public void setTrackingDays(Integer days) {
        changes.apply("edit.trackingDays", s -> s.withTrackingDays(days));
    }

    public boolean groupByPosition() {
        return changes.sheet().groupByPosition();
    }

    public void setGroupByPosition(boolean on) {
        changes.apply("edit.groupByPosition", s -> s.withGroupByPosition(on));
    }

    public boolean signatureLine() {
        return changes.sheet().signatureLine();
    }

    public void setSignatureLine(boolean on) {
        changes.apply("edit.signatureLine", s -> s.withSignatureLine(on));
    }
}
