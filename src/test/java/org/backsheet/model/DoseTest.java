package org.backsheet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DoseTest {

    @Test
    void everyFieldIsSetReadAndUnsetThroughTheOneList() {
        for (DoseField field : DoseField.values()) {
            Dose dose = Dose.EMPTY.with(field, field.max());
            assertThat(dose.get(field)).as(field.name()).isEqualTo(field.max());
            assertThat(field.get(dose)).as(field.name()).isEqualTo(field.max());
            assertThat(dose.with(field, null)).as(field.name()).isEqualTo(Dose.EMPTY);
        }
    }

    @Test
    void aValueOutsideTheFieldsBoundsIsRefused() {
        assertThatThrownBy(() -> Dose.EMPTY.withReps(101)).hasMessageContaining("reps must be 1 to 100");
        assertThatThrownBy(() -> Dose.EMPTY.with(DoseField.PER_SIDE, 2)).hasMessageContaining("perSide");
    }

    @Test
    void orElseFillsOnlyTheUnsetFieldsAndKeepsASaidNo() {
        Dose item = Dose.EMPTY.withReps(12).withPerSide(false);
        Dose exercise = Dose.EMPTY.withReps(10).withHoldSeconds(5).withPerSide(true);
        Dose printed = item.orElse(exercise);
        assertThat(printed.reps()).isEqualTo(12);
        assertThat(printed.holdSeconds()).isEqualTo(5);
        assertThat(printed.perSide()).isFalse();
    }

    @Test
    void eachSideIsAFlagOfTheList() {
        assertThat(DoseField.PER_SIDE.isFlag()).isTrue();
        assertThat(Dose.EMPTY.withPerSide(true).get(DoseField.PER_SIDE)).isEqualTo(DoseField.YES);
        assertThat(Dose.EMPTY.withPerSide(true).isPerSide()).isTrue();
        assertThat(Dose.EMPTY.withPerSide(false).perSide()).isFalse();
        assertThat(Dose.EMPTY.perSide()).isNull();
    }

    @Test
    void equalDosesAreEqualWhateverTheOrderTheyWereSetIn() {
        Dose a = Dose.EMPTY.withReps(10).withSets(2);
        Dose b = Dose.EMPTY.withSets(2).withReps(10);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    /** The item's own timing replaces the exercise's whole: "2 times a day" on the walking break is not hourly. */
    @Test
    void timingFallsBackWhole() {
        Dose walking = Dose.EMPTY.withMinutes(3).withEveryHours(1);
        Dose twice = Dose.EMPTY.withTimesPerDay(2).orElse(walking);
        assertThat(twice.timesPerDay()).isEqualTo(2);
        assertThat(twice.everyHours()).isNull();
        assertThat(twice.minutes()).isEqualTo(3);
        assertThat(Dose.EMPTY.withReps(5).orElse(walking).everyHours()).isEqualTo(1);
        Dose both = Dose.EMPTY.withEveryHours(2).withTimesPerDay(4);
        assertThat(both.orElse(Dose.EMPTY.withTimesPerDay(1))).isEqualTo(both);
    }
}
