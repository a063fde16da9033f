package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
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
        DailyPlan twice = DailyPlan.of(List.of(
                new DailyPlan.Entry(1, dose().reps(10).timesPerDay(2).build()),
                new DailyPlan.Entry(2, dose().reps(10).build())));
        assertThat(PlanWords.lines(twice, new Labels("es")))
                .containsExactly(
                        "Haga sus ejercicios en 2 sesiones al día:",
                        "Sesión 1: ejercicios 1 y 2 (unos 3 minutos)",
                        "Sesión 2: ejercicio 1 (unos 2 minutos)");
    }
}
