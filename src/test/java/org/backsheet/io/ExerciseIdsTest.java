package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.backsheet.model.Exercise;
import org.junit.jupiter.api.Test;

class ExerciseIdsTest {

    @Test
    void makesLowerCaseDashedIdsFromNames() {
        assertThat(ExerciseIds.fromName("Cat–camel, seated")).isEqualTo("cat-camel-seated");
        assertThat(ExerciseIds.fromName("  Estiramiento del psoas (fácil) ")).isEqualTo("estiramiento-del-psoas-facil");
        assertThat(ExerciseIds.fromName("Straße 90/90")).isEqualTo("strasse-90-90");
        assertThat(ExerciseIds.fromName("—")).isEqualTo("exercise");
        assertThat(ExerciseIds.fromName("Растяжка")).isEqualTo("exercise");
        assertThat(ExerciseIds.fromName("x".repeat(200))).hasSize(ExerciseIds.MAX_LENGTH);
    }

    @Test
    void everyIdMadeIsValid() {
        for (String name : new String[] {"A", "-a-", "9 lives", "ÄÖÜ äöü", "a  --  b", "x".repeat(80)}) {
            assertThat(Exercise.isValidId(ExerciseIds.fromName(name))).as(name).isTrue();
        }
    }

    @Test
    void numbersAnIdUntilItIsFree() {
        Set<String> taken = Set.of("bridge", "bridge-2", "bridge-3");
        assertThat(ExerciseIds.firstFree("bridge", taken::contains)).isEqualTo("bridge-4");
        assertThat(ExerciseIds.firstFree("plank", taken::contains)).isEqualTo("plank");
    }
}
