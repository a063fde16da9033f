package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Frame;
import java.awt.Rectangle;
import javax.swing.JComboBox;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.backsheet.model.DoseField;
import org.junit.jupiter.api.Test;

/** The selected exercise's dose panel: what its ticks mean, and that it fits a 1280x720 window. */
class DosePanelGuiTest extends GuiTestBase {

    /** Whether all of {@code c} is inside the part of its scroll pane that is seen. */
    private static boolean fullyShown(Component c) {
        JViewport viewport = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, c);
        Rectangle inViewport = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), viewport);
        return c.isShowing() && new Rectangle(viewport.getSize()).contains(inViewport);
    }

    private void showFirstExerciseAtTheSmallestSupportedSize() {
        onEdt(() -> {
            frame.setExtendedState(Frame.NORMAL);
            frame.setSize(1280, 720);
            frame.validate();
        });
        onEdt(() -> editor().items().select(0));
    }

    @Test
    void atTheSmallestSupportedSizeTheWholeDosePanelShowsWithoutScrolling() {
        showFirstExerciseAtTheSmallestSupportedSize();
        waitUntil(
                "the panel's last field and the Use Default Dose button are in sight",
                () -> fullyShown(window.button("resetDose").target())
                        && fullyShown(window.textBox("itemLink").target())
                        && fullyShown(window.checkBox("own.daysPerWeek").target()));
        // The date field shows a whole date (it was cut to "9/11/2026" in Spanish).
        assertThat(onEdt(() -> window.textBox("sheetDate").target().getWidth()))
                .isGreaterThanOrEqualTo(
                        onEdt(() -> window.textBox("sheetDate").target().getPreferredSize().width));
        // And the sheet's list still shows more than one exercise above it.
        assertThat(onEdt(() -> window.list("sheetItems").target().getLastVisibleIndex()))
                .isGreaterThanOrEqualTo(1);
    }

    /** "Yes" showed as "Y..." at every window size: the box was held narrower than its words. */
    @Test
    void theEachSideBoxShowsYesAndNoWholeAtTheSmallestSupportedSize() {
        showFirstExerciseAtTheSmallestSupportedSize();
        JComboBox<?> eachSide = window.comboBox("dose.perSide").target();
        for (int value : new int[] {DoseField.YES, DoseField.NO}) {
            onEdt(() -> editor().item().setDose(DoseField.PER_SIDE, value));
            String shown = value == DoseField.YES ? "Yes" : "No";
            waitUntil("the box shows " + shown, () -> shown.equals(eachSide.getSelectedItem()));
            onEdt(() -> frame.validate());
            assertThat(onEdt(eachSide::getWidth))
                    .as("width of the each-side box showing %s", shown)
                    .isGreaterThanOrEqualTo(onEdt(() -> WindowTextFit.needed(eachSide)));
            assertThat(onEdt(() -> fullyShown(eachSide))).isTrue();
        }
    }

    /**
     * Two clinicians were confused by a greyed "Each side: Yes" beside "not printed" on an exercise that is not done
     * on each side: it shows the "No" that prints, and ticking it means each side.
     */
    @Test
    void eachSideShowsTheNoThatPrintsAndTickingItMeansEachSide() {
        onEdt(() -> editor().items().add("pelvic-tilt"));
        JComboBox<?> eachSide = window.comboBox("dose.perSide").target();
        waitUntil("the box shows No", () -> "No".equals(eachSide.getSelectedItem()));
        window.comboBox("dose.perSide").requireDisabled();
        assertThat(window.label("doseHint.perSide").text()).isEmpty();
        assertThat(window.label("doseHint.minutes").text()).isEqualTo(UiTexts.get("item.defaultNone"));
        press(window.checkBox("own.perSide"));
        waitUntil(
                "each side for this patient",
                () -> Boolean.TRUE.equals(
                        editor().item().selected().orElseThrow().dose().perSide()));
        waitUntil("the box shows Yes", () -> "Yes".equals(eachSide.getSelectedItem()) && eachSide.isEnabled());
    }

    /**
     * Heel slides are done on each side unless the clinician says otherwise: "10" typed as the whole dose would
     * print as ten on each side. The panel says what prints, in the handout's words, under the fields.
     */
    @Test
    void thePanelSaysWhatPrintsEachSideIncluded() {
        onEdt(() -> editor().items().add("heel-slides"));
        onEdt(() -> editor().item().setDose(DoseField.REPS, 12));
        waitUntil(
                "the printed dose shows",
                () -> window.textBox("printedDose").target().getText().contains("12 times on each side"));
        assertThat(window.textBox("printedDose").text()).startsWith("Prints: ").contains("2 times a day");
        onEdt(() -> editor().item().setDose(DoseField.PER_SIDE, DoseField.NO));
        waitUntil(
                "without each side",
                () -> window.textBox("printedDose").target().getText().startsWith("Prints: 12 times \u00b7"));
        assertThat(window.textBox("printedDose").text()).doesNotContain("side");
    }

    @Test
    void theTicksSayTheyMeanAnOwnValueNotPrintThis() {
        onEdt(() -> editor().items().select(0));
        window.textBox("itemOwnExplained").requireVisible().requireNotEditable();
        assertThat(window.textBox("itemOwnExplained").text()).contains("own value", "usual value");
        assertThat(onEdt(() -> window.checkBox("own.reps")
                        .target()
                        .getAccessibleContext()
                        .getAccessibleName()))
                .isEqualTo("Own value for Repetitions");
    }
}
