package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import javax.swing.JLabel;
import javax.swing.JList;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

class TemplateGuiTest extends GuiTestBase {

    @Test
    void newFromTemplateShowsAPreviewAndStartsAnUntitledSheet() {
        press(window.menuItem("menu.action.newFromTemplate"));
        DialogFixture dialog = window.dialog("templateDialog", PATIENCE);
        // Chosen through the list's selection, as a click does: a robot click lost on a loaded machine left the
        // first template chosen, which has no knee rolls, and the test waited in vain.
        JList<?> templates = dialog.list("templateList").target();
        onEdt(() -> templates.setSelectedIndex(1));
        JLabel preview = dialog.label("templatePreview").target();
        waitUntil(
                "the preview of the chosen template is drawn",
                () -> templates.getSelectedIndex() == 1 && preview.getIcon() != null);
        assertThat(preview.getIcon().getIconWidth()).isGreaterThan(200);

        press(dialog.button("templateCreate"));
        if (onEdt(() -> editor().undo().isModified())) {
            press(window.optionPane(PATIENCE).buttonWithText(Pattern.compile("(?i)don.t save|discard")));
        }
        waitUntil("the template became the sheet", () -> ids().contains("knee-rolls"));
        assertThat(onEdt(() -> editor().document().file())).isNull();
        assertThat(onEdt(() -> editor().sheet().patient())).isNull();
    }

    @Test
    void clinicProfileCanBeAppliedToTheOpenSheet() {
        press(window.menuItem("menu.action.clinicProfile"));
        DialogFixture dialog = window.dialog("clinicProfileDialog", PATIENCE);
        dialog.textBox("profileName").deleteText().enterText("Riverside Physio");
        press(dialog.button("profileOk"));
        press(window.optionPane(PATIENCE).buttonWithText(UiTexts.get("profile.apply.yes")));
        waitUntil("the open sheet carries the profile", () -> "Riverside Physio"
                .equals(editor().sheet().clinic().name()));
        onEdt(() -> editor().undoLast());
        assertThat(onEdt(() -> editor().sheet().clinic().name())).isNotEqualTo("Riverside Physio");
    }

    @Test
    void clinicProfileNameReachesTheNextNewSheet() {
        press(window.menuItem("menu.action.clinicProfile"));
        DialogFixture dialog = window.dialog("clinicProfileDialog", PATIENCE);
        // Both contact boxes say what to put there and where it prints (the handout's last line says whom to call).
        for (var contact : List.of(dialog.textBox("profileContact"), window.textBox("sheetClinicContact"))) {
            assertThat(onEdt(() -> (String) contact.target().getClientProperty("JTextField.placeholderText")))
                    .contains("Phone", "at the end");
        }
        dialog.textBox("profileName").deleteText().enterText("Riverside Physio");
        press(dialog.button("profileOk"));
        waitUntil("the profile dialog closed", () -> !dialog.target().isShowing());
        // The open sheet shows another clinic: the window offers the profile for it too; only new sheets here.
        press(window.optionPane(PATIENCE).buttonWithText(UiTexts.get("profile.apply.no")));
        assertThat(onEdt(() -> editor().sheet().clinic().name())).isNotEqualTo("Riverside Physio");
        press(window.menuItem("menu.action.new"));
        if (onEdt(() -> editor().undo().isModified())) {
            press(window.optionPane(PATIENCE).buttonWithText(Pattern.compile("(?i)don.t save|discard")));
        }
        waitUntil("the new sheet carries the profile", () -> "Riverside Physio"
                .equals(editor().sheet().clinic().name()));
    }
}
