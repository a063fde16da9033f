package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JLabel;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

class TemplateGuiTest extends GuiTestBase {

    @Test
    void newFromTemplateShowsAPreviewAndStartsAnUntitledSheet() {
        window.menuItem("menu.action.newFromTemplate").click();
        DialogFixture dialog = window.dialog("templateDialog", PATIENCE);
        dialog.list("templateList").clickItem(1);
        JLabel preview = dialog.label("templatePreview").target();
        waitUntil("the preview of the chosen template is drawn", () -> preview.getIcon() != null);
        assertThat(preview.getIcon().getIconWidth()).isGreaterThan(200);

        dialog.button("templateCreate").click();
        if (onEdt(() -> editor().undo().isModified())) {
            window.optionPane(PATIENCE).buttonWithText(java.util.regex.Pattern.compile("(?i)don.t save|discard"))
                    .click();
        }
        waitUntil("the template became the sheet", () -> ids().contains("knee-rolls"));
        assertThat(onEdt(() -> editor().document().file())).isNull();
        assertThat(onEdt(() -> editor().sheet().patient())).isNull();
    }
}
