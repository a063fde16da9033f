package org.backsheet.editor;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.BeforeEach;

/** Builds an editor controller on the test catalog with fake files and a hand-driven clock. */
abstract class EditorTestBase {

    final AtomicLong clock = new AtomicLong(1_000_000);
    FakeFiles files;
    EditorPreferences prefs;
    EditorController editor;

    @BeforeEach
    void createEditor() {
        files = new FakeFiles();
        prefs = EditorPreferences.inMemory();
        editor = new EditorController(TestCatalog.create(), Sheet.empty(), files, files, prefs, clock::get,
                new EditorTexts(Locale.ENGLISH));
    }

    /** Lets time pass, as between two bursts of typing. */
    void pause(long millis) {
        clock.addAndGet(millis);
    }

    java.util.List<String> ids() {
        return editor.sheet().items().stream().map(org.backsheet.model.SheetItem::exerciseId).toList();
    }
}
