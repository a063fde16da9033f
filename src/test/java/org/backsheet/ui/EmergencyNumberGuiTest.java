package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.Test;

/** The clinic's emergency number in the sheet's header fields: typed, it is the sheet's; it says where it prints. */
class EmergencyNumberGuiTest extends GuiTestBase {

    @Test
    void theNumberTypedIsTheSheetsAndBlankClearsIt() {
        JTextComponentFixture field = window.textBox("sheetClinicEmergency");
        assertThat(onEdt(() -> (String) field.target().getClientProperty("JTextField.placeholderText")))
                .contains("112", "safety box");
        field.deleteText().enterText("112");
        waitUntil("the number is the sheet's", () -> "112"
                .equals(editor().sheet().clinic().emergencyNumber()));
        field.deleteText();
        waitUntil("a blank field clears it", () -> editor().sheet().clinic().emergencyNumber() == null);
    }
}
