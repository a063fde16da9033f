package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;
import org.backsheet.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every dose field has its editor words in every language, and the editor's summary line says it. */
class DoseWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyFieldHasItsLabelAndSummaryWords(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.backsheet.ui.Editor", Locale.forLanguageTag(language));
        for (DoseField field : DoseField.values()) {
            assertThat(bundle.containsKey("dose." + field.key()))
                    .as(language + " dose." + field.key())
                    .isTrue();
            assertThat(bundle.containsKey("doseText." + field.key()))
                    .as(language + " doseText." + field.key())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DoseField.class)
    void theSummaryLineSaysEveryField(DoseField field) {
        String line = DoseText.of(Dose.EMPTY.with(field, field.max()));
        assertThat(line).as(field.name()).isNotBlank().doesNotContain("doseText");
        if (!field.isFlag()) {
            assertThat(line).contains(String.valueOf(field.max()));
        }
    }

    @Test
    void onceADayIsSingularInSpanish() {
        // A clinician saw "1 veces al día" in the sheet's list.
        Texts spanish = Texts.load("org.backsheet.ui.Editor", Locale.forLanguageTag("es"));
        assertThat(spanish.get("doseText.timesPerDay", 1)).isEqualTo("1 vez al d\u00eda");
        assertThat(spanish.get("doseText.timesPerDay", 2)).isEqualTo("2 veces al d\u00eda");
        assertThat(spanish.get("doseText.daysPerWeek", 1)).isEqualTo("1 d\u00eda a la semana");
        Texts english = Texts.load("org.backsheet.ui.Editor", Locale.ENGLISH);
        assertThat(english.get("doseText.daysPerWeek", 1)).isEqualTo("1 day a week");
    }

    @ParameterizedTest
    @EnumSource(DoseField.class)
    void aFlagThatSaysNoIsLeftOut(DoseField field) {
        if (field.isFlag()) {
            assertThat(DoseText.of(Dose.EMPTY.with(field, DoseField.NO))).isEmpty();
        }
    }
}
