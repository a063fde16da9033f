package org.backsheet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.DailyPlan;

/**
 * Compares the daily plan the handout prints (worked out from the doses, see {@link DailyPlan}) with what the
 * advice says: when a session takes longer than the most minutes the advice gives for exercising, the clinician is
 * told, because the patient would read two different answers to "how long".
 *
 * <p>Only a sentence that speaks of exercise (or a session, program, stretches) counts: the standard flare-up line's
 * "cold pack for about 10 minutes" is not a session length. The words are read in the handout's language, not the
 * editor's, so a Spanish handout is checked on an English screen too.
 */
final class PlanCheck {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");

    private PlanCheck() {}

    /** The warning for the status line, or null when the plan fits the advice (or the advice names no minutes). */
    static String warning(Sheet sheet, Catalog catalog, EditorTexts texts) {
        List<DailyPlan.Entry> entries = new ArrayList<>();
        int number = 1;
        for (SheetItem item : sheet.items()) {
            Exercise exercise = catalog.find(item.exerciseId()).orElse(null);
            entries.add(new DailyPlan.Entry(number++, item.effectiveDose(exercise)));
        }
        int session = DailyPlan.of(entries).longestSessionMinutes();
        int advised = mostMinutes(
                catalog.standardTexts(sheet.language()).adviceFor(sheet),
                new EditorTexts(Locale.forLanguageTag(sheet.language())));
        return advised > 0 && session > advised ? texts.get("status.planLonger", session, advised) : null;
    }

    /**
     * The largest number of minutes the advice gives for exercising ("Exercise for 10 to 30 minutes" gives 30), read
     * with the words of {@code language}; 0 when no sentence about exercise names minutes.
     */
    static int mostMinutes(List<String> advice, EditorTexts language) {
        Pattern minutes = Pattern.compile(language.get("plan.minutesPattern"), Pattern.CASE_INSENSITIVE);
        Pattern exercise =
                Pattern.compile(language.get("plan.sessionWords"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        int most = 0;
        for (String line : advice) {
            for (String sentence : SENTENCE_END.split(line == null ? "" : line)) {
                if (!exercise.matcher(sentence).find()) {
                    continue;
                }
                Matcher m = minutes.matcher(sentence);
                while (m.find()) {
                    most = Math.max(most, Integer.parseInt(m.group(1)));
                }
            }
        }
        return most;
    }
}
