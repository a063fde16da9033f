package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JComponent;
import javax.swing.JSpinner;
import javax.swing.text.JTextComponent;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.backsheet.model.DoseField;
import org.junit.jupiter.api.Test;

/** A dose value outside its range is marked as it is typed, and leaving the box says the range. */
class DoseRangeGuiTest extends GuiTestBase {

    @Test
    void fiveHundredRepetitionsSaysTheAllowedRange() {
        window.list("sheetItems").clickItem(1);
        tick(window.checkBox("own.reps"), true);
        waitUntil("own value", () -> editor().sheet().items().get(1).dose().reps() != null);
        int before = onEdt(() -> editor().sheet().items().get(1).dose().reps());
        JSpinner spinner = (JSpinner) window.spinner("dose.reps").target();
        JComponent text = ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField();
        JTextComponentFixture box = new JTextComponentFixture(robot, (JTextComponent) text);
        box.selectAll().enterText("500");
        waitUntil("marked as out of range", () -> "error".equals(text.getClientProperty("JComponent.outline")));
        assertThat(text.getToolTipText()).contains(String.valueOf(DoseField.REPS.max()));
        window.textBox("itemNote").focus();
        waitUntil("the status says the range", () -> window.label("statusMessage")
                .target()
                .getText()
                .contains("from " + DoseField.REPS.min() + " to " + DoseField.REPS.max()));
        assertThat(window.label("statusMessage").text()).contains("500", "stays " + before);
        assertThat(onEdt(() -> editor().sheet().items().get(1).dose().reps())).isEqualTo(before);
    }
}
