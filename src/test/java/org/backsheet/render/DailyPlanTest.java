package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.backsheet.testdata.Doses.dose;

import java.util.List;
import java.util.Map;
import org.backsheet.model.DoseField;
import org.junit.jupiter.api.Test;

/** The daily plan printed on page one: sessions from "times a day", minutes by the one rule of SessionTime. */
class DailyPlanTest {

    @Test
    void sessionNHoldsEveryExerciseDoneAtLeastNTimesADay() {
        DailyPlan plan = DailyPlan.of(List.of(
                new DailyPlan.Entry(1, dose().reps(10).timesPerDay(2).build()),
                new DailyPlan.Entry(2, dose().reps(10).timesPerDay(1).build()),
                new DailyPlan.Entry(3, dose().minutes(20).daysPerWeek(5).build())));
        assertThat(plan.sessions()).hasSize(2);
        assertThat(plan.sessions().get(0).exercises()).containsExactly(1, 2, 3);
        assertThat(plan.sessions().get(1).exercises()).containsExactly(1);
        assertThat(plan.someDaysOnly()).containsExactly(3);
    }

    @Test
    void minutesFollowTheStatedRuleAndRoundUp() {
        // 2 sets x 10 reps x (5 s hold + 4 s moving) x 2 sides + 1 rest of 30 s + 30 s to get ready = 420 s
        assertThat(SessionTime.seconds(
                        dose().sets(2).reps(10).hold(5).perSide(true).build()))
                .isEqualTo(420);
        assertThat(SessionTime.seconds(dose().minutes(20).build())).isEqualTo(1200);
        assertThat(SessionTime.minutes(61)).isEqualTo(2);
        DailyPlan plan = DailyPlan.of(List.of(
                new DailyPlan.Entry(
                        1, dose().sets(2).reps(10).hold(5).perSide(true).build()),
                new DailyPlan.Entry(2, dose().minutes(20).build())));
        assertThat(plan.longestSessionMinutes()).isEqualTo(27);
    }

    @Test
    void planWordsSayRangesAndSingulars() {
        Labels en = new Labels("en");
        assertThat(PlanWords.numbers(List.of(1, 2, 3, 4, 6, 8), en)).isEqualTo("1 to 4, 6 and 8");
        DailyPlan once =
                DailyPlan.of(List.of(new DailyPlan.Entry(1, dose().reps(1).build())));
        assertThat(PlanWords.lines(once, Map.of(), en))
                .containsExactly("Do your exercises once a day: about 1 minute.");
        assertThat(PlanWords.phrased(once, Map.of(), en).lead())
                .as("the minutes printed large")
                .extracting(DoseWords.Phrase::number)
                .containsExactly("", "1", "");
        DailyPlan twice = DailyPlan.of(List.of(
                new DailyPlan.Entry(1, dose().reps(10).timesPerDay(2).build()),
                new DailyPlan.Entry(2, dose().reps(10).build())));
        assertThat(PlanWords.lines(twice, Map.of(), new Labels("es")))
                .containsExactly(
                        "Haga sus ejercicios en 2 sesiones al día:",
                        "Sesión 1: los 2 ejercicios, unos 3 minutos",
                        "Sesión 2: el ejercicio 1 otra vez, unos 2 minutos");
    }

    /**
     * "Session 2: exercises 2 and 3" puzzled a clinician: the first session says it is every exercise, a later one
     * that it does some again later in the day, by name when the names are few and short, else by number.
     */
    @Test
    void laterSessionsSayWhichExercisesAgainByNameWhenTheyFit() {
        Labels en = new Labels("en");
        DailyPlan twoOfThree = DailyPlan.of(List.of(
                new DailyPlan.Entry(1, dose().reps(10).build()),
                new DailyPlan.Entry(2, dose().reps(10).timesPerDay(2).build()),
                new DailyPlan.Entry(3, dose().reps(10).timesPerDay(3).build())));
        Map<Integer, String> names = Map.of(1, "Ankle pumps", 2, "Heel slides", 3, "Pelvic tilt");
        assertThat(PlanWords.lines(twoOfThree, names, en))
                .containsExactly(
                        "Do your exercises in 3 sessions a day:",
                        "Session 1: all 3 exercises, about 4 minutes",
                        "Session 2: Heel slides and Pelvic tilt again, about 3 minutes",
                        "Session 3: Pelvic tilt again, about 2 minutes");
        assertThat(PlanWords.lines(twoOfThree, Map.of(), en))
                .as("without names, numbers")
                .contains("Session 2: exercises 2 and 3 again, about 3 minutes");
        Map<Integer, String> long_ =
                Map.of(1, "Ankle pumps", 2, "Knees to chest with breathing", 3, "Lower back rotation lying down");
        assertThat(PlanWords.lines(twoOfThree, long_, en))
                .as("names too long for a line")
                .contains("Session 2: exercises 2 and 3 again, about 3 minutes");
        DailyPlan allTwice = DailyPlan.of(List.of(
                new DailyPlan.Entry(1, dose().reps(10).timesPerDay(2).build()),
                new DailyPlan.Entry(2, dose().reps(10).timesPerDay(2).build())));
        assertThat(PlanWords.lines(allTwice, names, en)).contains("Session 2: all 2 exercises again, about 3 minutes");
    }

    /**
     * A reader asked "which days?" of "Exercise 10: only on some days": the plan says how many days a week, from the
     * dose, all on one line (the dose never says which days, so neither does the plan).
     */
    @Test
    void planSaysHowManyDaysAWeekForExercisesNotDoneEveryDay() {
        DailyPlan plan = DailyPlan.of(List.of(
                new DailyPlan.Entry(1, dose().minutes(10).daysPerWeek(5).build()),
                new DailyPlan.Entry(2, dose().reps(10).build()),
                new DailyPlan.Entry(3, dose().reps(10).daysPerWeek(2).build()),
                new DailyPlan.Entry(4, dose().reps(10).daysPerWeek(2).build()),
                new DailyPlan.Entry(5, dose().reps(10).daysPerWeek(5).build()),
                new DailyPlan.Entry(6, dose().reps(10).daysPerWeek(1).build())));
        assertThat(plan.someDays())
                .containsExactly(
                        new DailyPlan.SomeDays(5, List.of(1, 5)),
                        new DailyPlan.SomeDays(2, List.of(3, 4)),
                        new DailyPlan.SomeDays(1, List.of(6)));
        assertThat(PlanWords.lines(plan, Map.of(), new Labels("en")))
                .endsWith("Not every day: exercises 1 and 5 on 5 days a week; exercises 3 and 4 on 2 days a week; "
                        + "exercise 6 on 1 day a week");
        assertThat(PlanWords.lines(plan, Map.of(), new Labels("es")))
                .endsWith("No todos los días: ejercicios 1 y 5, 5 días por semana; ejercicios 3 y 4, 2 días por "
                        + "semana; ejercicio 6, 1 día por semana");
        // the number of days is the large one, not the exercise number before it
        assertThat(PlanWords.phrased(plan, Map.of(), new Labels("en")).days().subList(0, 3))
                .extracting(DoseWords.Phrase::before, DoseWords.Phrase::number, DoseWords.Phrase::after)
                .containsExactly(
                        tuple("Not every day: ", "", ""),
                        tuple("exercises 1 and 5 on ", "", ""),
                        tuple("", "5", " days a week"));
        DailyPlan everyDay = DailyPlan.of(
                List.of(new DailyPlan.Entry(1, dose().reps(10).daysPerWeek(7).build())));
        assertThat(everyDay.someDays()).isEmpty();
    }

    /** The walking break, every hour, is in no session and adds no minutes to one; the plan says it apart. */
    @Test
    void anExerciseSpreadOverTheDayIsInNoSession() {
        DailyPlan plan = DailyPlan.of(List.of(
                new DailyPlan.Entry(1, dose().reps(10).timesPerDay(2).build()),
                new DailyPlan.Entry(
                        2, dose().minutes(3).set(DoseField.EVERY_HOURS, 1).build()),
                new DailyPlan.Entry(3, dose().reps(10).build()),
                new DailyPlan.Entry(
                        4, dose().minutes(5).set(DoseField.EVERY_HOURS, 2).build())));
        assertThat(plan.sessions()).extracting(DailyPlan.Session::exercises).containsExactly(List.of(1, 3), List.of(1));
        assertThat(plan.spread())
                .extracting(DailyPlan.Spread::everyHours, DailyPlan.Spread::exercises)
                .containsExactly(tuple(1, List.of(2)), tuple(2, List.of(4)));
        Map<Integer, String> names = Map.of(1, "Pelvic tilt", 2, "Walking break", 3, "Heel slides", 4, "Bike");
        assertThat(PlanWords.lines(plan, names, new Labels("en")))
                .containsExactly(
                        "Do your exercises in 2 sessions a day:",
                        "Session 1: Pelvic tilt and Heel slides, about 3 minutes",
                        "Session 2: Pelvic tilt again, about 2 minutes",
                        "Through the day: Walking break, every hour; Bike, every 2 hours");
    }
}
