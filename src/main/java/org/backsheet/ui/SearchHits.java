package org.backsheet.ui;

import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Objects;
import javax.swing.JList;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import org.backsheet.catalog.ExerciseQuery;
import org.backsheet.model.Exercise;

/**
 * What the library's search field does to the hits below it. Enter in the field adds the selected hit, so that hit
 * must be in plain view before Enter: new words select the first hit (a selection left over from earlier words
 * made Enter add an exercise further down), Up and Down move the selection without leaving the field, the
 * selected row keeps the full selection colour while the field has the keyboard (see {@link #enterTarget()}), and
 * after Enter the next words typed start a new search. Enter adds only what was chosen in the field since it last
 * got the keyboard (words typed or a hit picked with the arrows): when a dialog closes the keyboard comes back to
 * the field, and a stray Enter there added the first exercise of the whole library to the sheet.
 */
final class SearchHits {

    private final JTextField search;
    private final JList<Exercise> list;
    /** The query whose hits the list shows; new words or filters start at the first hit again. */
    private ExerciseQuery shown;
    /** Words typed or a hit picked with the arrows since the field last got the keyboard. */
    private boolean chosenHere;

    SearchHits(JTextField search, JList<Exercise> list, Runnable addSelected) {
        this.search = search;
        this.list = list;
        KeyBindings.bind(search, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "nextHit", () -> move(1));
        KeyBindings.bind(search, KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), "previousHit", () -> move(-1));
        // The words stay, selected, so the next name typed replaces them: typed after "bridge", "cat" searched for
        // "bridgecat" and found nothing.
        KeyBindings.bind(search, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "addHit", () -> {
            if (chosenHere) {
                addSelected.run();
                search.selectAll();
            }
        });
        TextEdits.onEdit(search, () -> chosenHere = true);
        // the selected row's colour follows the field's focus (see ExerciseCellRenderer)
        search.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                chosenHere = false;
                list.repaint();
            }

            @Override
            public void focusLost(FocusEvent e) {
                list.repaint();
            }
        });
    }

    /** True while Enter adds the list's selected exercise: the list or the search field has the keyboard. */
    boolean enterTarget() {
        return search.isFocusOwner() || list.isFocusOwner();
    }

    private void move(int step) {
        int size = list.getModel().getSize();
        if (size == 0) {
            return;
        }
        chosenHere = true;
        int next = Math.max(0, Math.min(size - 1, list.getSelectedIndex() + step));
        list.setSelectedIndex(next);
        list.ensureIndexIsVisible(next);
    }

    /**
     * The row to select in {@code hits} of {@code query}: the one with {@code keep}'s id (an exercise just saved,
     * or the one selected before, when the library itself changed), else the first; -1 for no hits.
     */
    int rowToSelect(List<Exercise> hits, ExerciseQuery query, String reveal, Exercise before) {
        boolean newWords = !Objects.equals(query, shown);
        shown = query;
        int row = reveal != null ? indexOf(hits, reveal) : -1;
        if (row < 0 && !newWords && before != null) {
            row = indexOf(hits, before.id());
        }
        return row >= 0 || hits.isEmpty() ? row : 0;
    }

    /** The row of the exercise with {@code id} in {@code exercises}, or -1. */
    static int indexOf(List<Exercise> exercises, String id) {
        for (int i = 0; i < exercises.size(); i++) {
            if (exercises.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
