package org.backsheet.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backsheet.model.StandardTexts;
import org.backsheet.model.WarningSigns;

/**
 * Reads a standard texts file ({@code backsheet/texts}): advice, avoid list, disclaimers and the warning signs in
 * one language. Every field is required: these files ship with the program, and a handout without its warning
 * signs must never be printed.
 */
final class StandardTextsReader {

    static final String FORMAT = "backsheet/texts";
    static final int FORMAT_VERSION = 1;

    private StandardTextsReader() {}

    static StandardTexts read(String fileName, byte[] content) throws FileFormatException {
        JsonNode root = JsonDocument.parseObject(fileName, content);
        Problems problems = new Problems(fileName);
        JsonFields f = new JsonFields(root, problems);
        if (!FormatHeader.check(f, FORMAT, FORMAT_VERSION, "standard texts")) {
            problems.throwIfErrors();
        }
        String language = required(f, f.text("language"), "language");
        Map<String, String> saidBy = new HashMap<>();
        List<String> advice = advice(f, saidBy);
        var avoid = f.textList("avoid");
        String disclaimer = required(f, f.text("disclaimer"), "disclaimer");
        String shortDisclaimer = required(f, f.text("shortDisclaimer"), "shortDisclaimer");
        if (advice == null) {
            problems.at("advice", "missing");
        }
        if (avoid == null) {
            problems.at("avoid", "missing");
        }
        WarningSigns warningSigns = warningSigns(f);
        // optional: texts written before the notes existed still read
        var safetyNotes = f.textList("safetyNotes");
        String avoidTwistsFine = f.text("avoidTwistsFine");
        problems.throwIfErrors();
        return StandardTexts.builder(language)
                .advice(advice)
                .avoid(avoid)
                .disclaimer(disclaimer)
                .shortDisclaimer(shortDisclaimer)
                .warningSigns(warningSigns)
                .safetyNotes(safetyNotes == null ? List.of() : safetyNotes)
                .avoidTwistsFine(avoidTwistsFine == null || avoidTwistsFine.isBlank() ? null : avoidTwistsFine.strip())
                .adviceSaidBy(saidBy)
                .build();
    }

    /**
     * The advice lines, each a text or {@code {"text": "...", "saidByExercise": "walking-breaks"}} for a line that
     * exercise says itself (it is left out of a handout that has the exercise); null when the list is absent.
     */
    private static List<String> advice(JsonFields f, Map<String, String> saidBy) {
        List<JsonNode> entries = f.array("advice");
        if (entries == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            if (!entry.is(JsonNode.Kind.OBJECT)) {
                String line = f.text(entry, "advice", i);
                if (line != null) {
                    lines.add(line);
                }
                continue;
            }
            JsonFields line = f.element(entry, "advice", i);
            String text = required(line, line.text("text"), "text");
            String exercise = required(line, line.text("saidByExercise"), "saidByExercise");
            if (text != null && exercise != null) {
                lines.add(text);
                saidBy.put(text, exercise);
            }
        }
        return lines;
    }

    /** {@code "warningSigns": {"emergency": {"heading", "signs"}, "doctorSoon": {...}}}; null after a problem. */
    private static WarningSigns warningSigns(JsonFields f) {
        JsonFields signs = f.object("warningSigns");
        if (signs == null) {
            f.problems().at("warningSigns", "missing");
            return null;
        }
        WarningSigns.Tier emergency = tier(signs, "emergency");
        WarningSigns.Tier doctorSoon = tier(signs, "doctorSoon");
        return emergency == null || doctorSoon == null ? null : new WarningSigns(emergency, doctorSoon);
    }

    private static WarningSigns.Tier tier(JsonFields parent, String name) {
        JsonFields tier = parent.object(name);
        if (tier == null) {
            parent.problems().at(parent.pathOf(name), "missing");
            return null;
        }
        String heading = required(tier, tier.text("heading"), "heading");
        List<String> signs = tier.textList("signs");
        if (signs == null || signs.isEmpty() || signs.stream().anyMatch(String::isBlank)) {
            tier.problems().at(tier.pathOf("signs"), "must list at least one sign, none of them empty");
            return null;
        }
        // optional: the lead-in for a clinic that gave its emergency number, with {0} where it goes
        String withNumber = tier.text("headingWithNumber");
        if (withNumber != null && !withNumber.contains(WarningSigns.Tier.NUMBER)) {
            tier.problems().at(tier.pathOf("headingWithNumber"), "must say where the number goes with {0}");
            return null;
        }
        return heading == null || heading.isBlank() ? null : new WarningSigns.Tier(heading, signs, withNumber);
    }

    private static String required(JsonFields f, String value, String name) {
        if (value == null || value.isBlank()) {
            f.problems().at(f.pathOf(name), "missing or empty");
        }
        return value;
    }
}
