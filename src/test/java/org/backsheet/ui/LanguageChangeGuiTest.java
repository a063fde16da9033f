package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;

/** Changing the handout's language names the clinician's own texts and offers the new language's advice. */
class LanguageChangeGuiTest extends GuiTestBase {

    @Test
    void ownAdviceIsNamedAndTheStandardAdviceOfTheNewLanguageIsOffered() {
        onEdt(() -> editor().advice().setLines(List.of("Walk every day."), false));
        showTab(1);
        window.comboBox("handoutLanguage").selectItem("Español");
        JOptionPaneFixture question = window.optionPane(PATIENCE);
        assertThat(question.target().getMessage().toString()).contains("your own advice (1 line)");
        press(question.buttonWithText(UiTexts.get("language.changed.standard", "Español")));
        waitUntil("the standard advice is used", () -> editor().sheet().advice() == null);
        assertThat(onEdt(() -> editor().sheet().language())).isEqualTo("es");
    }
}
