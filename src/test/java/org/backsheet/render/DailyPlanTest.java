package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.backsheet.testdata.Doses.dose;

import java.util.List;
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
        assertThat(PlanWords.lines(once, en)).containsExactly("Do your exercises once a day: about 1 minute.");
        assertThat(PlanWords.phrased(once, en).lead())
                .as("the minutes printed large")
                .extracting(DoseWords.Phrase::number)
                .containsExactly("", "1", "");
        DailyPlan twice = DailyPlan.of(List.of(
                new DailyPlan.Entry(1, dose().reps(10).timesPerDay(2).build()),
                new DailyPlan.Entry(2, dose().reps(10).build())));
        assertThat(PlanWords.lines(twice, new Labels("es")))
                .containsExactly(
                        "Haga sus ejercicios en 2 sesiones al día:",
                        "Sesión 1: ejercicios 1 y 2, unos 3 minutos",
                        "Sesión 2: ejercicio 1, unos 2 minutos");
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
        assertThat(PlanWords.lines(plan, new Labels("en")))
                .endsWith("Not every day: exercises 1 and 5 on 5 days a week; exercises 3 and 4 on 2 days a week; "
                        + "exercise 6 on 1 day a week");
        assertThat(PlanWords.lines(plan, new Labels("es")))
                .endsWith("No todos los días: ejercicios 1 y 5, 5 días por semana; ejercicios 3 y 4, 2 días por "
                        + "semana; ejercicio 6, 1 día por semana");
        // the number of days is the large one, not the exercise number before it
        assertThat(PlanWords.phrased(plan, new Labels("en")).days().subList(0, 3))
                .extracting(DoseWords.Phrase::before, DoseWords.Phrase::number, DoseWords.Phrase::after)
                .containsExactly(
                        tuple("Not every day: ", "", ""),
                        tuple("exercises 1 and 5 on ", "", ""),
                        tuple("", "5", " days a week"));
        DailyPlan everyDay = DailyPlan.of(
                List.of(new DailyPlan.Entry(1, dose().reps(10).daysPerWeek(7).build())));
        assertThat(everyDay.someDays()).isEmpty();
    }
}
