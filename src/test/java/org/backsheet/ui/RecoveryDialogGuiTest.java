package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.backsheet.editor.EditorServices;
import org.backsheet.editor.RecoveryFolder;
import org.backsheet.io.RecoveryStore;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.Test;

/** The start-up offer, answered through its own buttons: Restore brings the sheet back, Discard (confirmed) drops it. */
class RecoveryDialogGuiTest extends GuiTestBase {

    @Test
    void restoreAndDiscardFromTheOffer() throws Exception {
        RecoveryStore store = new RecoveryStore(temp.resolve("recovery"));
        Path original = temp.resolve("anna.backsheet.json");
        SheetFiles.save(Sheet.empty().withTitle("Saved before the crash"), original);
        store.save("left-1", original, SheetFiles.toJson(Sheet.empty().withTitle("Typed before the crash")));
        store.save("left-2", null, SheetFiles.toJson(Sheet.empty().withTitle("Never saved")));
        // Only the recovery folder is used: the first restore goes into the open window, which has no changes.
        EditorServices services = new EditorServices(
                        null, null, null, frame.controller().preferences())
                .withRecovery(new RecoveryFolder(store));
        onEdt(() -> RecoveryHook.attach(frame, services.recovery()));

        SwingUtilities.invokeLater(() -> RecoveryOffer.showIfNeeded(frame, services));
        DialogFixture offer =
                WindowFinder.findDialog("recoveryDialog").withTimeout(30_000).using(robot);
        String firstRow = offer.label("recoveryRow-0").text()
                + offer.label("recoveryRow-1").text();
        assertThat(firstRow).contains("anna.backsheet.json").contains(SafetyTexts.get("recovery.untitled"));

        int annaRow = offer.label("recoveryRow-0").text().contains("anna") ? 0 : 1;
        press(offer.button("restore-" + annaRow));
        waitUntil(
                "the sheet is restored",
                () -> onEdt(
                        () -> "Typed before the crash".equals(editor().sheet().title())));
        assertThat(onEdt(() -> editor().document().file())).isEqualTo(original.toAbsolutePath());

        press(offer.button("discard-" + (1 - annaRow)));
        press(offer.optionPane().okButton());
        waitUntil("the offer closes", () -> !onEdt(offer.target()::isShowing));
        waitUntil("the discarded copy is gone", () -> store.read("left-2") == null);
        assertThat(store.read("left-1")).isNull();
    }
}
