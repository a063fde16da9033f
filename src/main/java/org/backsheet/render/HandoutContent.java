package org.backsheet.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one handout says, resolved once from the sheet and the catalog by {@link ContentResolver}: the title,
 * the header, the safety texts, the daily plan and what the patient needs for it, the advice, the exercises in their printed order and numbering,
 * the "avoid" list and the closing line. The layouts only decide how it looks. Strings are as written (not yet
 * cleaned for the font); absent parts are empty, never null, except the header's optional fields.
 */
record HandoutContent(
        String title,
        Header header,
        Safety safety,
        DailyPlan plan,
        List<String> equipment,
        List<String> advice,
        List<Group> groups,
        List<String> avoid,
        String closing,
        int trackingDays,
        boolean signatureLine) {

    HandoutContent {
        equipment = List.copyOf(equipment);
        advice = List.copyOf(advice);
        groups = List.copyOf(groups);
        avoid = List.copyOf(avoid);
    }

    /** Who the handout is from and for; each field null when the sheet leaves it out. */
    record Header(String clinicName, String clinicContact, String patient, String clinician, String date) {

        boolean isEmpty() {
            return clinicName == null && clinicContact == null && patient == null && clinician == null && date == null;
        }
    }

    /**
     * The safety box: its heading, the general part (the sheet's own wording or the standard one), the fixed
     * warning signs in tiers (most urgent first; no sheet can change them), the safety notes under them (heat and
     * cold, printed even when the sheet has its own advice) and the short pointer for every footer.
     */
    record Safety(String heading, String general, List<Tier> tiers, List<String> notes, String footer) {

        Safety {
            tiers = List.copyOf(tiers);
            notes = List.copyOf(notes);
        }
    }

    /** One tier of warning signs: its lead-in line and the signs. */
    record Tier(String heading, List<String> signs) {

        Tier {
            signs = List.copyOf(signs);
        }
    }

    /** Exercises under one position heading; {@code heading} is null when the sheet is not grouped. */
    record Group(String heading, List<ExerciseContent> exercises) {

        Group {
            exercises = List.copyOf(exercises);
        }
    }

    /** Every exercise in printed order. */
    List<ExerciseContent> exercises() {
        List<ExerciseContent> all = new ArrayList<>();
        for (Group g : groups) {
            all.addAll(g.exercises());
        }
        return all;
    }

    /**
     * The name each printed number stands for, as the daily plan may say it: the tracking chart's name, which tells
     * an exercise printed twice apart ("Bird dog (2)").
     */
    Map<Integer, String> planNames() {
        Map<Integer, String> names = new HashMap<>();
        for (ExerciseContent e : exercises()) {
            names.put(e.number(), e.chartName());
        }
        return names;
    }

    boolean grouped() {
        return groups.stream().anyMatch(g -> g.heading() != null);
    }
}
