package org.backsheet.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The texts every handout carries in one language: the general advice and the full doctor-consultation
 * disclaimer (a sheet may replace either), the "avoid these" list, the one-line footer that points to the
 * safety box, the warning signs and the safety notes (heat and cold; neither is ever replaced by a sheet).
 * {@code avoidTwistsFine} (may be null) is added to the first "avoid" item, the one about twists, only when the
 * program has a twisting exercise of its own: printed to a program without one it contradicted the sheet.
 * {@code adviceSaidBy} ties a standard advice line to the exercise that says the same (the line on walking every
 * hour to the walking break): see {@link #adviceFor}.
 */
public record StandardTexts(
        String language,
        List<String> advice,
        List<String> avoid,
        String disclaimer,
        String shortDisclaimer,
        WarningSigns warningSigns,
        List<String> safetyNotes,
        String avoidTwistsFine,
        Map<String, String> adviceSaidBy) {

    /** Texts in {@code language}, built by name: advice, "avoid" and safety notes start empty. */
    public static Builder builder(String language) {
        return new Builder(language);
    }

    /** Builds {@link StandardTexts} field by field, so a call says which text is which. */
    public static final class Builder {
        private final String language;
        private List<String> advice = List.of();
        private List<String> avoid = List.of();
        private String disclaimer;
        private String shortDisclaimer;
        private WarningSigns warningSigns;
        private List<String> safetyNotes = List.of();
        private String avoidTwistsFine;
        private Map<String, String> adviceSaidBy = Map.of();

        private Builder(String language) {
            this.language = language;
        }

        public Builder advice(List<String> lines) {
            this.advice = lines;
            return this;
        }

        public Builder avoid(List<String> lines) {
            this.avoid = lines;
            return this;
        }

        public Builder disclaimer(String text) {
            this.disclaimer = text;
            return this;
        }

        public Builder shortDisclaimer(String text) {
            this.shortDisclaimer = text;
            return this;
        }

        public Builder warningSigns(WarningSigns signs) {
            this.warningSigns = signs;
            return this;
        }

        public Builder safetyNotes(List<String> notes) {
            this.safetyNotes = notes;
            return this;
        }

        /** May be null: no note on twists. */
        public Builder avoidTwistsFine(String text) {
            this.avoidTwistsFine = text;
            return this;
        }

        /** Standard advice lines, each tied to the id of the exercise that says the same. */
        public Builder adviceSaidBy(Map<String, String> lineToExercise) {
            this.adviceSaidBy = lineToExercise;
            return this;
        }

        public StandardTexts build() {
            return new StandardTexts(
                    language,
                    advice,
                    avoid,
                    disclaimer,
                    shortDisclaimer,
                    warningSigns,
                    safetyNotes,
                    avoidTwistsFine,
                    adviceSaidBy);
        }
    }

    public StandardTexts {
        safetyNotes = List.copyOf(safetyNotes);
        advice = List.copyOf(advice);
        avoid = List.copyOf(avoid);
        adviceSaidBy = Map.copyOf(adviceSaidBy);
        Objects.requireNonNull(warningSigns, "warningSigns");
    }

    /**
     * The advice a handout of {@code sheet} prints: the sheet's own lines, or these standard ones when it gives
     * none; either way without a standard line that an exercise on the sheet says itself. A sheet with the walking
     * break prints "every hour" in its plan, dose and steps: the advice to walk every hour only said it again.
     */
    public List<String> adviceFor(Sheet sheet) {
        List<String> lines = sheet.advice() != null ? sheet.advice() : advice;
        Set<String> onSheet = sheet.items().stream().map(SheetItem::exerciseId).collect(Collectors.toSet());
        return lines.stream()
                .filter(line -> line == null || !onSheet.contains(adviceSaidBy.get(line)))
                .toList();
    }
}
