package org.backsheet.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backsheet.model.Dose;

/**
 * The day worked out from the doses: as many sessions as the most "times a day" asks for, session N holding
 * every exercise done at least N times a day, each session's estimated minutes ({@link SessionTime}); the
 * exercises spread over the day ("every hour"), by how often, which are in no session (a clinician found the
 * walking break, whose steps say every hour, counted in "Session 1"); and the exercises done only on some days of
 * the week, by how many days (a reader asked "which days?" of a plan that said "only on some days"; the dose gives
 * the number of days, never which ones).
 */
public record DailyPlan(List<Session> sessions, List<Spread> spread, List<SomeDays> someDays) {

    /** One session: the numbers of its exercises as printed, and about how long it takes. */
    public record Session(List<Integer> exercises, int minutes) {

        public Session {
            exercises = List.copyOf(exercises);
        }
    }

    /** The exercises done every {@code everyHours} hours through the day, by their numbers as printed. */
    public record Spread(int everyHours, List<Integer> exercises) {

        public Spread {
            exercises = List.copyOf(exercises);
        }
    }

    /** The exercises done on {@code perWeek} days a week (fewer than 7), by their numbers as printed. */
    public record SomeDays(int perWeek, List<Integer> exercises) {

        public SomeDays {
            exercises = List.copyOf(exercises);
        }
    }

    public DailyPlan {
        sessions = List.copyOf(sessions);
        spread = List.copyOf(spread);
        someDays = List.copyOf(someDays);
    }

    /** One printed exercise for the plan: its number and its dose (the item's own, over the exercise's). */
    public record Entry(int number, Dose dose) {}

    public static DailyPlan of(List<Entry> entries) {
        List<Entry> inSessions = new ArrayList<>();
        // one group per number of hours, in the order of each group's first exercise
        Map<Integer, List<Integer>> byHours = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.dose().isSpreadOverDay()) {
                byHours.computeIfAbsent(e.dose().everyHours(), h -> new ArrayList<>())
                        .add(e.number());
            } else {
                inSessions.add(e);
            }
        }
        List<Spread> spread = new ArrayList<>();
        byHours.forEach((hours, numbers) -> spread.add(new Spread(hours, numbers)));
        return new DailyPlan(sessions(inSessions), spread, someDays(entries));
    }

    private static List<Session> sessions(List<Entry> entries) {
        int count = 0;
        for (Entry e : entries) {
            count = Math.max(count, timesPerDay(e.dose()));
        }
        List<Session> sessions = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            List<Integer> numbers = new ArrayList<>();
            int seconds = 0;
            for (Entry e : entries) {
                if (timesPerDay(e.dose()) >= n) {
                    numbers.add(e.number());
                    seconds += SessionTime.seconds(e.dose());
                }
            }
            sessions.add(new Session(numbers, SessionTime.minutes(seconds)));
        }
        return sessions;
    }

    private static List<SomeDays> someDays(List<Entry> entries) {
        // one group per number of days, in the order of each group's first exercise
        Map<Integer, List<Integer>> byDays = new LinkedHashMap<>();
        for (Entry e : entries) {
            Integer days = e.dose().daysPerWeek();
            if (days != null && days < 7) {
                byDays.computeIfAbsent(days, d -> new ArrayList<>()).add(e.number());
            }
        }
        List<SomeDays> someDays = new ArrayList<>();
        byDays.forEach((days, numbers) -> someDays.add(new SomeDays(days, numbers)));
        return someDays;
    }

    /** The numbers of every exercise done on fewer than 7 days a week, in printed order. */
    public List<Integer> someDaysOnly() {
        return someDays.stream().flatMap(d -> d.exercises().stream()).sorted().toList();
    }

    /** The longest session in minutes, 0 for an empty plan. */
    public int longestSessionMinutes() {
        return sessions.stream().mapToInt(Session::minutes).max().orElse(0);
    }

    /** Minutes in a whole day: every session added up. */
    public int minutesPerDay() {
        return sessions.stream().mapToInt(Session::minutes).sum();
    }

    private static int timesPerDay(Dose dose) {
        return dose.timesPerDay() == null ? 1 : Math.max(1, dose.timesPerDay());
    }
}
