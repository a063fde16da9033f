package org.backsheet.editor;

import java.time.LocalDate;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Clinic;
import org.backsheet.model.Dose;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;

/**
 * The sheets the editor starts from: a blank one carrying the remembered clinician and clinic, and the sample
 * shown the first time (four gentle, common exercises with doses a clinician would start from).
 */
public final class SheetDefaults {

    private SheetDefaults() {}

    /** A blank sheet dated today, with the clinician and clinic (and the profile's logo) remembered. */
    public static Sheet blank(EditorPreferences prefs, LocalDate today) {
        return Sheet.empty()
                .withClinician(prefs.get(PreferenceKeys.CLINICIAN, null))
                .withClinic(Clinic.builder()
                        .name(prefs.get(PreferenceKeys.CLINIC_NAME, null))
                        .contact(prefs.get(PreferenceKeys.CLINIC_CONTACT, null))
                        .logo(ClinicProfile.logo(prefs))
                        .emergencyNumber(prefs.get(PreferenceKeys.CLINIC_EMERGENCY_NUMBER, null))
                        .build())
                .withDate(today);
    }

    /**
     * The first-run sample: exercises missing from the catalog are left out. Its handout is in the editor's
     * language when the catalog has standard texts in it, so the title and the printed words match.
     */
    public static Sheet sample(Catalog catalog, EditorPreferences prefs, LocalDate today, EditorTexts texts) {
        List<SheetItem> items = List.of(
                item("pelvic-tilt", dose(10, 5, false, 2), null),
                item("bridging", dose(8, 10, false, 2), null),
                item("single-knee-to-chest", dose(3, 20, true, 2), null),
                item("bird-dog", dose(5, 8, true, 1), texts.get("sample.birdDogNote")));
        String language = texts.locale().getLanguage();
        return blank(prefs, today)
                .withLanguage(catalog.languages().contains(language) ? language : Sheet.DEFAULT_LANGUAGE)
                .withTitle(texts.get("sample.title"))
                .withItems(items.stream()
                        .filter(i -> catalog.contains(i.exerciseId()))
                        .toList());
    }

    /** Keeps the clinician and clinic of a saved sheet as defaults for the next new sheet. */
    static void remember(EditorPreferences prefs, Sheet sheet) {
        if (sheet.clinician() != null) {
            prefs.put(PreferenceKeys.CLINICIAN, sheet.clinician());
        }
        if (sheet.clinic().name() != null) {
            prefs.put(PreferenceKeys.CLINIC_NAME, sheet.clinic().name());
        }
        if (sheet.clinic().contact() != null) {
            prefs.put(PreferenceKeys.CLINIC_CONTACT, sheet.clinic().contact());
        }
        if (sheet.clinic().emergencyNumber() != null) {
            prefs.put(PreferenceKeys.CLINIC_EMERGENCY_NUMBER, sheet.clinic().emergencyNumber());
        }
    }

    /**
     * One set of {@code reps} holds of {@code holdSeconds}, {@code timesPerDay} times a day. "Each side" is given
     * only when it is yes: a "no" is what prints anyway, and given, it showed as a ticked own value of the patient.
     */
    private static Dose dose(int reps, int holdSeconds, boolean perSide, int timesPerDay) {
        return Dose.EMPTY
                .withSets(1)
                .withReps(reps)
                .withHoldSeconds(holdSeconds)
                .withPerSide(perSide ? Boolean.TRUE : null)
                .withTimesPerDay(timesPerDay);
    }

    private static SheetItem item(String id, Dose dose, String note) {
        return SheetItem.of(id).withDose(dose).withNote(note);
    }
}
