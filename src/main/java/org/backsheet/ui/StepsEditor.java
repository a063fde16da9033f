package org.backsheet.ui;

import java.util.List;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The numbered steps of an exercise, edited in place: a plain list where Add puts a new step at the end with
 * the cursor in it, each step wraps, and Up, Down and Remove sit beside it.
 */
final class StepsEditor extends JPanel {

    private final LineListEditor lines;

    StepsEditor(Runnable changed) {
        super(new MigLayout("insets 0, fill", "[grow,fill]", "[grow,fill]"));
        lines = new LineListEditor(
                "steps", "exercise.steps.add", "exercise.steps.line", (now, typing) -> changed.run(), () -> {});
        add(lines, "h 150:190:");
    }

    /** The steps as typed, blank ones included (the controller refuses to save a blank step). */
    List<String> steps() {
        return lines.lines();
    }

    void setSteps(List<String> steps) {
        lines.setLines(steps.isEmpty() ? List.of("") : steps);
    }

    LineListEditor lines() {
        return lines;
    }
}
