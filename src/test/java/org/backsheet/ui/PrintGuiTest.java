package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.DialogOwner;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.PageRanges;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;

/** Print from the editor without a printer: the dialog's settings, and a plain message when there is none. */
class PrintGuiTest extends GuiTestBase {

    @Test
    void theDialogIsOwnedByTheEditorAndStartsWithAllPages() {
        PrintRequestAttributeSet set = onEdt(() -> PrintSettings.attributes(frame, "Back exercises"));
        assertThat(((DialogOwner) set.get(DialogOwner.class)).getOwner()).isSameAs(frame);
        assertThat(set.get(PageRanges.class)).isEqualTo(PrintSettings.ALL_PAGES);
        assertThat(((JobName) set.get(JobName.class)).getValue()).isEqualTo("Back exercises");
    }

    @Test
    void aComputerWithoutAPrinterGetsAMessageNotAnEmptyDialog() {
        onEdt(() -> frame.jobs().lookUpPrintersWith(List::of));
        press(window.menuItem("menu.action.print"));
        JOptionPaneFixture message = window.optionPane(PATIENCE);
        message.requireErrorMessage();
        assertThat(message.target().getMessage().toString()).contains("no printer");
        press(message.okButton());
        waitUntil("the message closed", () -> !message.target().isShowing());
        assertThat(onEdt(() -> editor().sheet().items())).isNotEmpty();
    }
}
