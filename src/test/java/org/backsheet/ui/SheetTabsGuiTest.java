package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.data.Index;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.Test;

/** The handout, advice and disclaimer tabs, driven through the window. */
class SheetTabsGuiTest extends GuiTestBase {

    @Test
    void languageAndLargePrintHaveATabOfTheirOwnNextToTheExercises() {
        // A clinician did not find them under "Disclaimer and page": they are now the second tab's first rows.
        window.tabbedPane("sheetTabs").requireTitle("Handout", Index.atIndex(1));
        showTab(1);
        window.comboBox("handoutLanguage").requireVisible();
        press(window.checkBox("largePrint").requireVisible().requireNotSelected());
        waitUntil("large print", () -> editor().sheet().page().largePrint());
        press(window.radioButton("pageLetter").requireText("Letter"));
        waitUntil("letter paper", () -> editor().sheet().page().size() == PageSize.LETTER);
        int languageY = onEdt(() -> window.comboBox("handoutLanguage").target().getY());
        int largePrintY = onEdt(() -> window.checkBox("largePrint").target().getY());
        int layoutY = onEdt(() -> window.comboBox("handoutLayout").target().getY());
        assertThat(languageY).isLessThan(largePrintY);
        assertThat(largePrintY).isLessThan(layoutY);
    }

    @Test
    void untickingTheStandardAdviceKeepsTheOwnLinesAndTickingPutsTheStandardOnesBack() {
        showTab(2);
        window.checkBox("adviceStandard").requireSelected();
        int standardCount = onEdt(() -> editor().advice().advice().size());
        press(window.button("advice.add"));
        waitForShowing(window.target(), "advice.line." + standardCount);
        window.textBox("advice.line." + standardCount).enterText("Walk every day.");
        waitUntil(
                "the new line is in the sheet",
                () -> editor().sheet().advice().size() == standardCount + 1
                        && "Walk every day.".equals(editor().sheet().advice().get(standardCount)));
        tick(window.checkBox("adviceStandard").requireSelected(), false);
        waitUntil("only the own line", () -> editor().sheet().advice().equals(List.of("Walk every day.")));
        window.textBox("advice.line.0").requireText("Walk every day.");
        tick(window.checkBox("adviceStandard"), true);
        waitUntil("the standard bullets back", () -> editor().sheet().advice().size() == standardCount + 1);
        window.checkBox("adviceStandard").requireSelected();
    }

    @Test
    void emptyingTheDisclaimerBringsBackTheStandardWording() {
        showTab(3);
        String standard = onEdt(() -> editor().disclaimer().standardText());
        // The tab says that the warning signs print beside the wording whatever it says.
        assertThat(window.label("disclaimerFixed").requireVisible().text()).contains("warning signs");
        window.textBox("disclaimer").requireText(standard).deleteText();
        window.textBox("sheetPatient").click();
        waitUntil(
                "the standard wording is back",
                () -> standard.equals(window.textBox("disclaimer").target().getText()));
        assertThat(onEdt(() -> editor().sheet().disclaimer())).isNull();
        waitUntil(
                "the status line says so",
                () -> window.label("statusMessage").target().getText().contains("standard wording"));
    }

    @Test
    void spanishWithATwoWeekChartEndsUpInTheSavedFile() throws Exception {
        showTab(1);
        window.comboBox("handoutLanguage").requireSelection("English").selectItem("Espa\u00f1ol");
        waitUntil("the sheet is in Spanish", () -> "es".equals(editor().sheet().language()));
        // The sample's note on the bird dog stays in English: the window says so.
        press(window.optionPane(PATIENCE).buttonWithText(UiTexts.get("language.changed.keep")));
        window.comboBox("trackingDays").requireSelection("None").selectItem("14 days");
        waitUntil("a two-week chart", () -> Integer.valueOf(14)
                .equals(editor().sheet().trackingDays()));
        press(window.menuItem("menu.action.save"));
        Path file = temp.resolve("ana.backsheet.json");
        chooseFile(file);
        waitUntil("saved", () -> Files.exists(file) && !editor().undo().isModified());
        Sheet saved = SheetFiles.read(file);
        assertThat(saved.language()).isEqualTo("es");
        assertThat(saved.trackingDays()).isEqualTo(14);
        assertThat(Files.readString(file)).contains("\"language\"").contains("\"trackingDays\"");
        onEdt(() -> editor().undoLast());
        window.comboBox("trackingDays").requireSelection("None");
    }
}
