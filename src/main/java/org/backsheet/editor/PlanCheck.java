package org.backsheet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.DailyPlan;

/**
 * Compares the daily plan the handout prints (worked out from the doses, see {@link DailyPlan}) with what the
 * advice says: when a session takes longer than the most minutes any advice line mentions, the clinician is told,
 * because the patient would read two different answers to "how long".
 */
final class PlanCheck {

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
                sheet.advice() != null
                        ? sheet.advice()
                        : catalog.standardTexts(sheet.language()).advice(),
                texts);
        return advised > 0 && session > advised ? texts.get("status.planLonger", session, advised) : null;
    }

    /** The largest number of minutes the advice mentions ("10 to 30 minutes" gives 30); 0 when none. */
    static int mostMinutes(List<String> advice, EditorTexts texts) {
        Pattern minutes = Pattern.compile(texts.get("plan.minutesPattern"), Pattern.CASE_INSENSITIVE);
        int most = 0;
        for (String line : advice) {
            Matcher m = minutes.matcher(line == null ? "" : line);
            while (m.find()) {
                most = Math.max(most, Integer.parseInt(m.group(1)));
            }
        }
        return most;
    }
}
