package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Dose;

/**
 * The day worked out from the doses: as many sessions as the most "times a day" asks for, session N holding
 * every exercise done at least N times a day, each session's estimated minutes ({@link SessionTime}), and the
 * exercises done only on some days of the week.
 */
public record DailyPlan(List<Session> sessions, List<Integer> someDaysOnly) {

    /** One session: the numbers of its exercises as printed, and about how long it takes. */
    public record Session(List<Integer> exercises, int minutes) {

        public Session {
            exercises = List.copyOf(exercises);
        }
    }

    public DailyPlan {
        sessions = List.copyOf(sessions);
        someDaysOnly = List.copyOf(someDaysOnly);
    }

    /** One printed exercise for the plan: its number and its dose (the item's own, over the exercise's). */
    public record Entry(int number, Dose dose) {}

    public static DailyPlan of(List<Entry> entries) {
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
        List<Integer> someDays = new ArrayList<>();
        for (Entry e : entries) {
            Integer days = e.dose().daysPerWeek();
            if (days != null && days < 7) {
                someDays.add(e.number());
            }
        }
        return new DailyPlan(sessions, someDays);
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
