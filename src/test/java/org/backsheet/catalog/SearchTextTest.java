package org.backsheet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.backsheet.model.Equipment;
import org.backsheet.model.Position;
import org.backsheet.model.Target;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(SearchText.fold("Estiramiento de ISQUIOTIBIALES, con toalla!"))
                .isEqualTo("estiramiento de isquiotibiales con toalla");
        assertThat(SearchText.fold("Rodillas al pecho: ¡respiración!")).isEqualTo("rodillas al pecho respiracion");
        assertThat(SearchText.fold("bird-dog")).isEqualTo("bird dog");
        assertThat(SearchText.fold("Niño  über")).isEqualTo("nino uber");
        assertThat(SearchText.fold(null)).isEmpty();
    }

    @Test
    void splitsIntoWords() {
        assertThat(SearchText.words("  Knee--to   chest ")).containsExactly("knee", "to", "chest");
        assertThat(SearchText.words(" ,; ")).isEmpty();
    }

    @Test
    void factLabelsArePlainWordsAndFallBackToEnglish() {
        assertThat(FactLabels.forLanguage("en").label(Target.LOWER_BACK)).isEqualTo("lower back");
        assertThat(FactLabels.forLanguage("en").label(Equipment.SWISS_BALL)).isEqualTo("Swiss ball");
        assertThat(FactLabels.forLanguage("xx").label(Position.STANDING)).isEqualTo("standing");
        assertThat(FactLabels.forLanguage(null).label(Target.HAMSTRINGS)).isEqualTo("hamstrings");
        assertThat(FactLabels.forLanguage("es").label(Target.HAMSTRINGS)).isEqualTo("isquiotibiales");
        assertThat(FactLabels.forLanguage("es").label(Equipment.STATIONARY_BIKE))
                .isEqualTo("bicicleta estática");
    }
}
