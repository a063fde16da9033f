package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.List;
import javax.swing.SwingUtilities;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.Test;

/** The Help menu, File > Close, the export dialog's title and F6 between the panes. */
class HelpAndPanesGuiTest extends GuiTestBase {

    private static Component focusOwner() {
        return onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    @Test
    void aboutShowsTheVersionTheDataFolderAndTheLicences() {
        onEdt(() -> SwingUtilities.invokeLater(() -> frame.commands().help("about")));
        DialogFixture about =
                WindowFinder.findDialog("aboutDialog").withTimeout(30_000).using(robot);
        assertThat(about.label("aboutText").text()).contains("BackSheet");
        assertThat(about.label("aboutDataFolder").text())
                .contains(temp.resolve("home").toString());
        assertThat(about.textBox("licences").text())
                .contains("PDFBox", "FlatLaf", "Liberation Sans", "SIL Open Font License");
        press(about.button("helpClose"));
        waitUntil("closed", () -> !about.target().isShowing());
    }

    @Test
    void theShortcutListComesFromTheWindowsActions() {
        onEdt(() -> SwingUtilities.invokeLater(() -> frame.commands().help("keys")));
        DialogFixture keys =
                WindowFinder.findDialog("keysDialog").withTimeout(30_000).using(robot);
        List<String> rows = Arrays.stream(keys.table("shortcuts").contents())
                .map(r -> r[0] + " = " + r[1])
                .toList();
        assertThat(rows).contains(UiTexts.get("action.nextPane") + " = F6", UiTexts.get("action.close") + " = Ctrl+W");
        press(keys.button("helpClose"));
    }

    @Test
    void f6MovesFromTheLibraryToTheSheetAndOnToThePreview() {
        window.list("libraryList").click();
        window.list("libraryList").pressAndReleaseKeys(KeyEvent.VK_F6);
        waitUntil(
                "the sheet's list has the focus",
                () -> focusOwner() == window.list("sheetItems").target());
        window.list("sheetItems").pressAndReleaseKeys(KeyEvent.VK_F6);
        waitUntil(
                "the preview has the focus",
                () -> focusOwner() == window.comboBox("previewZoom").target());
        window.comboBox("previewZoom").pressAndReleaseKeys(KeyEvent.VK_F6);
        waitUntil(
                "back to the library",
                () -> focusOwner() == window.list("libraryList").target());
    }

    @Test
    void closeAsksAndLeavesAnEmptySheet() {
        onEdt(() -> editor().items().duplicateSelected());
        press(window.menuItem("menu.action.close"));
        press(window.optionPane(PATIENCE).buttonWithText("Don't Save"));
        waitUntil(
                "an empty sheet",
                () -> editor().sheet().items().isEmpty() && !editor().undo().isModified());
    }

    @Test
    void theExportDialogSaysExportPdf() {
        press(window.menuItem("menu.action.export"));
        JFileChooserFixture chooser = window.fileChooser(PATIENCE);
        assertThat(onEdt(() -> chooser.target().getDialogTitle())).isEqualTo("Export PDF");
        assertThat(onEdt(() -> chooser.target().getSelectedFile().getName()))
                .doesNotContain(" ")
                .endsWith(".pdf");
        chooser.cancel();
    }
}
