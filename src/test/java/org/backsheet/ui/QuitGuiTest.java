package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.backsheet.editor.RecoveryFolder;
import org.backsheet.io.RecoveryStore;
import org.junit.jupiter.api.Test;

/** Quitting with "Don't Save" throws the work away for good: no recovery copy and no lock file stay behind. */
class QuitGuiTest extends GuiTestBase {

    @Test
    void dontSaveOnQuitLeavesNothingToRecover() throws Exception {
        Path folder = temp.resolve("recovery");
        RecoveryStore store = new RecoveryStore(folder);
        onEdt(() -> RecoveryHook.attach(frame, new RecoveryFolder(store)));
        onEdt(() -> editor().items().duplicateSelected());
        waitUntil("a recovery copy was written", () -> count(folder, ".recovery.json") == 1);

        press(window.menuItem("menu.action.quit"));
        JOptionPaneFixture question = window.optionPane(PATIENCE);
        press(question.buttonWithText("Don't Save"));
        waitUntil("the window closed", () -> !frame.isDisplayable());
        waitUntil("the copy was removed", () -> count(folder, ".recovery.json") == 0);
        assertThat(count(folder, ".lock")).isZero();
        assertThat(store.list()).isEmpty();
    }

    private static long count(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
