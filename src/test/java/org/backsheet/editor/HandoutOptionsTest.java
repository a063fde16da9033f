package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.function.Function;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.Test;

/** The handout options: each change is one named undo step that can be redone and marks the sheet modified. */
class HandoutOptionsTest extends EditorTestBase {

    @Test
    void languageIsOneUndoableStep() {
        checkOneStep(d -> d.setLanguage("es"), Sheet::language, "en", "es", "Change handout language");
        assertThat(editor.details().language()).isEqualTo("es");
    }

    @Test
    void layoutIsOneUndoableStep() {
        checkOneStep(d -> d.setLayout(Layout.COMPACT), Sheet::layout, Layout.DETAILED, Layout.COMPACT, "Change layout");
        assertThat(editor.details().layout()).isEqualTo(Layout.COMPACT);
    }

    @Test
    void trackingChartIsOneUndoableStep() {
        checkOneStep(d -> d.setTrackingDays(14), Sheet::trackingDays, null, 14, "Change tracking chart");
        assertThat(editor.details().trackingDays()).isEqualTo(14);
        editor.details().setTrackingDays(null);
        assertThat(editor.sheet().trackingDays()).isNull();
        editor.undoLast();
        assertThat(editor.sheet().trackingDays()).isEqualTo(14);
    }

    @Test
    void groupingByPositionIsOneUndoableStep() {
        checkOneStep(
                d -> d.setGroupByPosition(true), Sheet::groupByPosition, false, true, "Change grouping by position");
        assertThat(editor.details().groupByPosition()).isTrue();
    }

    @Test
    void signatureLineIsOneUndoableStep() {
        checkOneStep(d -> d.setSignatureLine(true), Sheet::signatureLine, false, true, "Change signature line");
        assertThat(editor.details().signatureLine()).isTrue();
    }

    @Test
    void choosingTheCurrentValueRecordsNothing() {
        editor.details().setLanguage("en");
        editor.details().setLayout(Layout.DETAILED);
        editor.details().setTrackingDays(null);
        editor.details().setSignatureLine(false);
        assertThat(editor.undo().isModified()).isFalse();
        assertThat(editor.undo().canUndo()).isFalse();
    }

    /** Changes one option, then undoes and redoes it, checking the value, the step's name and "modified". */
    private <T> void checkOneStep(
            Consumer<DetailsController> change, Function<Sheet, T> option, T before, T after, String stepName) {
        assertThat(option.apply(editor.sheet())).isEqualTo(before);
        assertThat(editor.undo().isModified()).isFalse();
        change.accept(editor.details());
        assertThat(option.apply(editor.sheet())).isEqualTo(after);
        assertThat(editor.undo().isModified()).isTrue();
        assertThat(editor.undo().getUndoPresentationName()).contains(stepName);
        editor.undoLast();
        assertThat(option.apply(editor.sheet())).isEqualTo(before);
        assertThat(editor.undo().isModified()).isFalse();
        editor.redoLast();
        assertThat(option.apply(editor.sheet())).isEqualTo(after);
        assertThat(editor.undo().isModified()).isTrue();
    }
}
