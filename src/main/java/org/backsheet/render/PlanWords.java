package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.backsheet.model.DoseField;

/**
 * The daily plan in sentences: how many sessions, which exercises in each, about how long, and which exercises are
 * done on only some days a week and on how many. Each line is a list of phrases, each with at most one number that
 * the detailed handout prints large, as the dose band does (the number of sessions, the minutes, the days a week):
 * a reader with long sight found the plan "small print under the big safety box".
 */
final class PlanWords {

    /** A later session names its exercises when there are this many at most... */
    private static final int MOST_NAMED = 3;

    /** ...and their names take no more characters than this together (one line of the plan, most languages). */
    private static final int NAMES_LENGTH = 60;

    private PlanWords() {}

    /**
     * The plan's parts: the lead line, one line per session when there are several, one line for the exercises
     * spread over the day (the lead line itself when every exercise is), and one line for the exercises not done
     * every day, by how many days a week (empty when there are none). Each line is a list of phrases.
     */
    record Lines(
            List<DoseWords.Phrase> lead,
            List<List<DoseWords.Phrase>> sessions,
            List<DoseWords.Phrase> spread,
            List<DoseWords.Phrase> days) {

        Lines {
            lead = List.copyOf(lead);
            sessions = List.copyOf(sessions);
            spread = List.copyOf(spread);
            days = List.copyOf(days);
        }

        boolean isEmpty() {
            return lead.isEmpty();
        }
    }

    /**
     * The lines as plain text, in order: the compact sheet runs them on in one paragraph. {@code names} gives the
     * name each printed number stands for ({@link #phrased}).
     */
    static List<String> lines(DailyPlan plan, Map<Integer, String> names, Labels labels) {
        Lines parts = phrased(plan, names, labels);
        List<List<DoseWords.Phrase>> all = new ArrayList<>();
        if (!parts.isEmpty()) {
            all.add(parts.lead());
        }
        all.addAll(parts.sessions());
        if (!parts.spread().isEmpty()) {
            all.add(parts.spread());
        }
        if (!parts.days().isEmpty()) {
            all.add(parts.days());
        }
        List<String> lines = new ArrayList<>();
        for (List<DoseWords.Phrase> line : all) {
            lines.add(text(line));
        }
        return lines;
    }

    static String text(List<DoseWords.Phrase> line) {
        StringBuilder text = new StringBuilder();
        line.forEach(p -> text.append(p.text()));
        return text.toString();
    }

    /**
     * The plan's lines. Session 1 is every exercise ("all 7 exercises"); a later one does some of them again, by
     * name when {@code names} (printed number to name) has them and they are few and short, else by number.
     */
    static Lines phrased(DailyPlan plan, Map<Integer, String> names, Labels labels) {
        List<DailyPlan.Session> sessions = plan.sessions();
        List<DoseWords.Phrase> spread = spread(plan, names, labels);
        if (sessions.isEmpty()) {
            return spread.isEmpty()
                    ? new Lines(List.of(), List.of(), List.of(), List.of())
                    : new Lines(spread, List.of(), List.of(), days(plan, labels));
        }
        List<DoseWords.Phrase> lead;
        List<List<DoseWords.Phrase>> each = new ArrayList<>();
        if (sessions.size() == 1) {
            int minutes = sessions.get(0).minutes();
            String time = minutes(minutes, labels);
            lead = around(labels, labels.format("plan.once", time), time, minutes);
        } else {
            String text = labels.format("plan.sessions", sessions.size());
            lead = List.of(DoseWords.Phrase.around(text, labels.number(sessions.size())));
            int all = sessions.get(0).exercises().size();
            // "all 3 exercises" only when the sheet has no other: beside a walking break numbered 4, a clinician's
            // patient had to guess which three.
            boolean sessionsHoldEvery = plan.spread().isEmpty();
            for (int i = 0; i < sessions.size(); i++) {
                DailyPlan.Session s = sessions.get(i);
                String time = minutes(s.minutes(), labels);
                String which = sessionsHoldEvery && s.exercises().size() == all
                        ? labels.format("plan.session.all", all)
                        : exercises(s.exercises(), names, labels);
                String line = i == 0
                        ? labels.format("plan.session.first", which, time)
                        : labels.format("plan.session.later", i + 1, which, time);
                each.add(around(labels, line, time, s.minutes()));
            }
        }
        return new Lines(lead, each, spread, days(plan, labels));
    }

    /**
     * "Through the day: Walking break, every hour", one line for all the exercises spread over the day, by how often;
     * empty when there are none.
     */
    private static List<DoseWords.Phrase> spread(DailyPlan plan, Map<Integer, String> names, Labels labels) {
        return groupedLine(labels, "plan.spread.lead", plan.spread(), group -> {
            String often = labels.format("plan.spread.often", group.everyHours());
            String text = labels.format("plan.spread", exercises(group.exercises(), names, labels), often);
            return around(labels, text, often, group.everyHours());
        });
    }

    /**
     * "Not every day: exercise 10 on 5 days a week; ...", one line for all of them (a line each cost the advanced
     * program's page one the room of its first exercise); empty when every exercise is done every day.
     */
    private static List<DoseWords.Phrase> days(DailyPlan plan, Labels labels) {
        return groupedLine(labels, "plan.days.lead", plan.someDays(), days -> {
            // "5 days a week" in the words of the dose band, said once
            String perWeek = labels.format("dose.line." + DoseField.DAYS_PER_WEEK.key(), days.perWeek());
            String group =
                    labels.format("plan.days", days.exercises().size(), numbers(days.exercises(), labels), perWeek);
            return around(labels, group, perWeek, days.perWeek());
        });
    }

    /** A lead ("Through the day:") and the groups' phrases after it, a semicolon between; empty without groups. */
    private static <G> List<DoseWords.Phrase> groupedLine(
            Labels labels, String leadKey, List<G> groups, Function<G, List<DoseWords.Phrase>> phrases) {
        List<DoseWords.Phrase> line = new ArrayList<>();
        if (groups.isEmpty()) {
            return line;
        }
        line.add(new DoseWords.Phrase(labels.get(leadKey) + " ", "", ""));
        for (G group : groups) {
            if (line.size() > 1) {
                line.add(new DoseWords.Phrase(labels.get("list.semicolon"), "", ""));
            }
            line.addAll(phrases.apply(group));
        }
        return line;
    }

    /** "Pelvic tilt and Bridging" when the names are known and fit, else "exercises 2 and 3". */
    private static String exercises(List<Integer> numbers, Map<Integer, String> names, Labels labels) {
        List<String> named = numbers.stream().map(names::get).toList();
        if (numbers.size() <= MOST_NAMED && !named.contains(null)) {
            String text = and(new ArrayList<>(named), labels);
            if (text.length() <= NAMES_LENGTH) {
                return text;
            }
        }
        return labels.format("plan.session.numbers", numbers.size(), numbers(numbers, labels));
    }

    private static String minutes(int minutes, Labels labels) {
        return labels.format("plan.minutes", minutes);
    }

    /**
     * {@code line} in three phrases: what comes before {@code part} (a phrase worded on its own and set into the
     * line, such as "about 28 minutes"), {@code part} with its number large, and what follows it. The part is
     * looked for from the end: the exercise numbers before it may repeat its number.
     */
    private static List<DoseWords.Phrase> around(Labels labels, String line, String part, int number) {
        int at = line.lastIndexOf(part);
        if (at < 0) {
            return List.of(new DoseWords.Phrase(line, "", ""));
        }
        List<DoseWords.Phrase> phrases = new ArrayList<>();
        if (at > 0) {
            phrases.add(new DoseWords.Phrase(line.substring(0, at), "", ""));
        }
        phrases.add(DoseWords.Phrase.around(part, labels.number(number)));
        if (at + part.length() < line.length()) {
            phrases.add(new DoseWords.Phrase(line.substring(at + part.length()), "", ""));
        }
        return phrases;
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
        return and(parts, labels);
    }

    /** "a, b and c" in the plan's words. */
    private static String and(List<String> parts, Labels labels) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.remove(parts.size() - 1);
        return String.join(labels.get("plan.list.separator"), parts) + labels.get("plan.list.and") + last;
    }
}
