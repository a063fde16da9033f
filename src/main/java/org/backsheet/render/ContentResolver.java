package org.backsheet.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Clinic;
import org.backsheet.model.Dose;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.Sheet;
import org.backsheet.model.StandardTexts;
import org.backsheet.model.WarningSigns;

/**
 * Works out what a handout says (see {@link HandoutContent}); every rule about the words lives here once: the
 * default title, which advice and which disclaimer apply, the order and numbering, the dose in words, the plan.
 */
final class ContentResolver {

    /** The library's exercises that twist the trunk (the catalog has no field for it). */
    private static final Set<String> TWISTING =
            Set.of("knee-rolls", "leg-twists", "lower-back-rotation", "seated-spinal-twist");

    private final Sheet sheet;
    private final Catalog catalog;
    private final Labels labels;
    private final Warnings warnings;
    private final Messages messages;

    ContentResolver(Sheet sheet, Catalog catalog, Labels labels, Warnings warnings, Messages messages) {
        this.sheet = sheet;
        this.catalog = catalog;
        this.labels = labels;
        this.warnings = warnings;
        this.messages = messages;
    }

    HandoutContent resolve() {
        StandardTexts standard = catalog.standardTexts(sheet.language());
        List<HandoutContent.Group> groups = groups();
        List<DailyPlan.Entry> planned = new ArrayList<>();
        List<Exercise> found = new ArrayList<>();
        for (HandoutContent.Group g : groups) {
            for (ExerciseContent e : g.exercises()) {
                planned.add(new DailyPlan.Entry(e.number(), e.item().effectiveDose(e.exercise())));
                if (!e.missing()) {
                    found.add(e.exercise());
                }
            }
        }
        Integer days = sheet.trackingDays();
        return new HandoutContent(
                PrintedTitle.of(sheet, labels),
                header(),
                safety(standard),
                DailyPlan.of(planned),
                EquipmentWords.of(found, labels),
                nonBlank(standard.adviceFor(sheet)),
                groups,
                avoid(standard),
                closing(),
                days == null || groups.isEmpty() ? 0 : Math.max(0, Math.min(days, 366)),
                sheet.signatureLine());
    }

    private HandoutContent.Header header() {
        Clinic clinic = sheet.clinic();
        String date = sheet.date() == null ? null : PrintedDate.format(sheet.date(), labels);
        return new HandoutContent.Header(
                strip(clinic.name()), strip(clinic.contact()), strip(sheet.patient()), strip(sheet.clinician()), date);
    }

    /** The sheet may reword the general part; the warning signs and notes come only from the program's own texts. */
    private HandoutContent.Safety safety(StandardTexts standard) {
        String general = firstNonBlank(sheet.disclaimer(), standard.disclaimer(), labels.get("disclaimer.fallback"));
        List<HandoutContent.Tier> tiers = new ArrayList<>();
        for (WarningSigns.Tier t : standard.warningSigns().tiers()) {
            // "call 112" where the clinic named its number: "your local emergency number" gave the reader none
            tiers.add(new HandoutContent.Tier(
                    t.heading(sheet.clinic().emergencyNumber()).strip(), nonBlank(t.signs())));
        }
        return new HandoutContent.Safety(
                labels.get("section.disclaimer"),
                general,
                tiers,
                nonBlank(standard.safetyNotes()),
                firstNonBlank(standard.shortDisclaimer(), ""));
    }

    /** The things to avoid; the note that the program's own gentle twists are fine only when it has one. */
    private List<String> avoid(StandardTexts standard) {
        List<String> avoid = new ArrayList<>(nonBlank(standard.avoid()));
        boolean twists = sheet.items().stream().anyMatch(i -> TWISTING.contains(i.exerciseId()));
        if (twists && !avoid.isEmpty() && standard.avoidTwistsFine() != null) {
            avoid.set(0, avoid.get(0) + " " + standard.avoidTwistsFine());
        }
        return avoid;
    }

    /**
     * Whom to call: the clinic by name with its number, else its number alone ("your clinic"), else the clinician,
     * else the person who handed the sheet over.
     */
    private String closing() {
        Clinic clinic = sheet.clinic();
        String who;
        if (isBlank(clinic.name()) && !isBlank(clinic.contact())) {
            who = labels.format("closing.clinic", clinic.contact().strip());
        } else {
            String named = firstNonBlank(join(clinic.name(), clinic.contact()), sheet.clinician(), "");
            who = named.isEmpty() ? labels.get("closing.nobody") : labels.format("closing.contact", named);
        }
        return labels.format("closing.line", labels.get("closing.end"), who);
    }

    private List<HandoutContent.Group> groups() {
        List<HandoutContent.Group> groups = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (NumberedItems.Group group : NumberedItems.of(sheet, catalog, warnings, messages)) {
            List<ExerciseContent> exercises = new ArrayList<>();
            for (NumberedItems.Entry e : group.entries()) {
                exercises.add(exercise(e, seen));
            }
            String heading = sheet.groupByPosition() ? labels.position(group.position()) : null;
            groups.add(new HandoutContent.Group(heading, exercises));
        }
        return groups;
    }

    private ExerciseContent exercise(NumberedItems.Entry e, Map<String, Integer> seen) {
        Dose dose = e.item().effectiveDose(e.exercise());
        int times = dose.timesPerDay() == null ? 1 : Math.max(1, dose.timesPerDay());
        String note = isBlank(e.item().note()) ? null : e.item().note().strip();
        List<DoseWords.Phrase> phrases = DoseWords.of(dose, labels);
        if (e.exercise() == null) {
            String name = labels.format("missing.title", e.item().exerciseId());
            return new ExerciseContent(
                    e.number(),
                    name,
                    null,
                    chartName(e.item().exerciseId(), seen),
                    null,
                    List.of(labels.get("missing.body")),
                    List.of(),
                    note,
                    phrases,
                    e.item().effectiveLink(null),
                    times,
                    e.item(),
                    null);
        }
        ExerciseText text = e.exercise().text(sheet.language());
        // under a position heading the line would only repeat it
        String position = e.exercise().position() == null || sheet.groupByPosition()
                ? null
                : labels.position(e.exercise().position());
        String subtitle = text.subtitle() == null || text.subtitle().isBlank()
                ? null
                : text.subtitle().strip();
        return new ExerciseContent(
                e.number(),
                text.name(),
                subtitle,
                chartName(text.name(), seen),
                position,
                text.steps(),
                nonBlank(text.cautions()),
                note,
                phrases,
                e.item().effectiveLink(e.exercise()),
                times,
                e.item(),
                e.exercise());
    }

    /** The name on the tracking chart: an exercise that appears again is told apart ("Bird dog (2)"). */
    private String chartName(String name, Map<String, Integer> seen) {
        int n = seen.merge(name, 1, Integer::sum);
        return n == 1 ? name : labels.format("tracking.repeat", name, n);
    }

    private static List<String> nonBlank(List<String> texts) {
        return texts.stream().filter(t -> !isBlank(t)).map(String::strip).toList();
    }

    private static String join(String a, String b) {
        if (isBlank(a) || isBlank(b)) {
            return isBlank(a) ? strip(b) : strip(a);
        }
        return a.strip() + ", " + b.strip();
    }

    private static String firstNonBlank(String... texts) {
        for (String t : texts) {
            if (!isBlank(t)) {
                return t.strip();
            }
        }
        return "";
    }

    private static String strip(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
