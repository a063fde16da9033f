package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;

/** The daily plan in sentences: how many sessions, which exercises in each, about how long. */
final class PlanWords {

    private PlanWords() {}

    /** The lead line, then one line per session when there are several, then the some-days-only line. */
    static List<String> lines(DailyPlan plan, Labels labels) {
        List<String> lines = new ArrayList<>();
        List<DailyPlan.Session> sessions = plan.sessions();
        if (sessions.isEmpty()) {
            return lines;
        }
        if (sessions.size() == 1) {
            lines.add(labels.format("plan.once", sessions.get(0).minutes()));
        } else {
            lines.add(labels.format("plan.sessions", sessions.size()));
            for (int i = 0; i < sessions.size(); i++) {
                DailyPlan.Session s = sessions.get(i);
                lines.add(labels.format(
                        "plan.session", i + 1, s.exercises().size(), numbers(s.exercises(), labels), s.minutes()));
            }
        }
        if (!plan.someDaysOnly().isEmpty()) {
            lines.add(labels.format("plan.days", plan.someDaysOnly().size(), numbers(plan.someDaysOnly(), labels)));
        }
        return lines;
    }

    /** "1 to 4, 6 and 8": runs of three or more numbers as a range. */
    static String numbers(List<Integer> numbers, Labels labels) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < numbers.size(); ) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(labels.format("plan.range", labels.number(numbers.get(i)), labels.number(numbers.get(j))));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(labels.number(numbers.get(k)));
                }
            }
            i = j + 1;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.remove(parts.size() - 1);
        return String.join(labels.get("plan.list.separator"), parts) + labels.get("plan.list.and") + last;
    }
}
