package org.backsheet.editor;

import java.util.Locale;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Sheet;
import org.backsheet.testdata.StepClock;

/** Editor controllers for tests: an empty sheet, preferences in memory, a clock that stands still, English. */
final class TestEditors {

    private TestEditors() {}

    /** On the {@link TestCatalog}, with fake files that answer every dialog as scripted. */
    static EditorController withFakeFiles() {
        FakeFiles files = new FakeFiles();
        return controller(TestCatalog.create(), files, files);
    }

    static EditorController controller(Catalog catalog, SheetStore store, FileView view) {
        return new EditorController(
                catalog,
                Sheet.empty(),
                store,
                view,
                EditorPreferences.inMemory(),
                StepClock.standing(),
                new EditorTexts(Locale.ENGLISH));
    }
}
