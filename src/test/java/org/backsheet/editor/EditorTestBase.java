package org.backsheet.editor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.testdata.StepClock;
import org.junit.jupiter.api.BeforeEach;

/** Builds an editor controller on the test catalog with fake files and a hand-driven clock. */
abstract class EditorTestBase {

    final StepClock clock = StepClock.standing();
    FakeFiles files;
    EditorPreferences prefs;
    EditorController editor;

    @BeforeEach
    void createEditor() {
        files = new FakeFiles();
        prefs = EditorPreferences.inMemory();
        editor = new EditorController(
                TestCatalog.create(), Sheet.empty(), files, files, prefs, clock, new EditorTexts(Locale.ENGLISH));
    }

    /** Lets time pass, as between two bursts of typing. */
    void pause(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    List<String> ids() {
        return editor.sheet().items().stream().map(SheetItem::exerciseId).toList();
    }
}
