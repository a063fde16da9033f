package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.swing.JLabel;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Dose;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.testdata.Exercises;
import org.backsheet.testdata.Sheets;
import org.junit.jupiter.api.Test;

/** The sheet list's rows: the dose that will print, and a plain warning when none will. */
class ItemCellRendererTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();

    /** On the event thread: the GUI tests in the same run check that Swing is used only there. */
    private static String doseLine(Sheet sheet, SheetItem item) {
        return GuiActionRunner.execute(() -> {
            ItemCellRenderer renderer = new ItemCellRenderer(() -> CATALOG, () -> sheet, i -> i + 1, e -> e.name());
            renderer.getListCellRendererComponent(new JList<>(), item, 0, false, false);
            return ((JLabel) renderer.getComponent(1)).getText();
        });
    }

    /** An own exercise saved without a dose printed none on the handout, and nothing in the editor said so. */
    @Test
    void anExerciseWithoutAnyDoseSaysNoneWillPrint() {
        Sheet sheet = Sheets.sheet()
                .carriedExercises(
                        List.of(Exercises.own("wall-sit").dose(Dose.EMPTY).build()))
                .build();
        assertThat(doseLine(sheet, SheetItem.of("wall-sit"))).isEqualTo(UiTexts.get("items.noDose"));
        assertThat(doseLine(sheet, SheetItem.of("wall-sit").withDose(Dose.EMPTY.withReps(8))))
                .isEqualTo("8 reps");
        assertThat(doseLine(sheet, SheetItem.of("pelvic-tilt"))).contains("10 reps");
    }
}
