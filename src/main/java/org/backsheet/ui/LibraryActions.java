package org.backsheet.ui;

import java.awt.Component;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JMenu;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import org.backsheet.catalog.FactLabels;
import org.backsheet.editor.CarriedExercises;
import org.backsheet.editor.CatalogSource;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.UserExerciseController;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;

/**
 * The commands for the clinic's own exercises: new, edit, copy, delete, adopting a sheet's, and (through
 * {@link LibraryFileActions}) import, export and the library folder. The library pane's buttons, its context
 * menu and the Library menu all use these actions; the controllers decide, this class only asks the user and
 * shows the outcome.
 */
final class LibraryActions {

    final Action newExercise;
    final Action edit;
    final Action copy;
    final Action delete;
    final Action importExercises;
    final Action exportExercises;
    final Action libraryFolder;
    final Action adoptCarried;

    private final Component parent;
    private final EditorController editor;
    private final CatalogSource source;
    private final UserExerciseController exercises;
    private final FactLabels labels;
    private final Supplier<Exercise> selected;
    private final Consumer<Exercise> reveal;
    /** The search words that found nothing ("" otherwise): a new exercise's name. */
    private Supplier<String> unmatchedSearch = () -> "";

    /**
     * @param selected the exercise selected in the library list (null when none)
     * @param reveal   selects an exercise in the library list after it was saved
     */
    LibraryActions(
            Component parent,
            EditorController editor,
            CatalogSource source,
            EditorPreferences prefs,
            FactLabels labels,
            Supplier<Exercise> selected,
            Consumer<Exercise> reveal) {
        this.parent = parent;
        this.editor = editor;
        this.source = source;
        this.exercises = new UserExerciseController(source);
        this.labels = labels;
        this.selected = selected;
        this.reveal = reveal;
        newExercise = action("newExercise", "action.newExercise", this::newExercise);
        edit = action("editExercise", "action.editExercise", this::editSelected);
        copy = action("copyExercise", "action.copyExercise", this::copySelected);
        delete = action("deleteExercise", "action.deleteExercise", this::deleteSelected);
        LibraryFileActions files = new LibraryFileActions(this::window, editor, source, prefs, exercises, this::error);
        importExercises = action("importExercises", "action.importExercises", files::importExercises);
        exportExercises = action("exportExercises", "action.exportExercises", files::exportExercises);
        libraryFolder = action("libraryFolder", "action.libraryFolder", files::chooseFolder);
        adoptCarried = action("adoptCarried", "action.adoptCarried", this::adoptCarried);
        selectionChanged();
    }

    /** Edit and Delete only for the clinic's own exercises; Copy for any. */
    void selectionChanged() {
        Exercise e = selected.get();
        edit.setEnabled(exercises.canChange(e));
        delete.setEnabled(exercises.canChange(e));
        copy.setEnabled(e != null);
    }

    JMenu menu() {
        JMenu menu = new JMenu(UiTexts.get("menu.library"));
        menu.setName("menu.library");
        menu.setMnemonic('L');
        fill(menu.getPopupMenu());
        return menu;
    }

    JPopupMenu popup() {
        JPopupMenu popup = new JPopupMenu();
        popup.setName("libraryPopup");
        fill(popup);
        return popup;
    }

    private void fill(JPopupMenu menu) {
        menu.add(newExercise).setName("menu.newExercise");
        menu.add(edit).setName("menu.editExercise");
        menu.add(copy).setName("menu.copyExercise");
        menu.add(delete).setName("menu.deleteExercise");
        menu.addSeparator();
        menu.add(importExercises).setName("menu.importExercises");
        menu.add(exportExercises).setName("menu.exportExercises");
        menu.add(adoptCarried).setName("menu.adoptCarried");
        menu.add(libraryFolder).setName("menu.libraryFolder");
    }

    void nameNewFrom(Supplier<String> search) {
        unmatchedSearch = search;
    }

    /** A blank exercise, named after the search when it found nothing (a clinician searched, then created it). */
    private void newExercise() {
        Exercise blank = exercises.blank();
        String words = unmatchedSearch.get();
        if (!words.isEmpty()) {
            blank = blank.toBuilder().name(ExerciseDialog.capitalised(words)).build();
        }
        openDialog(UiTexts.get("exercise.new.title"), blank, true);
    }

    private void editSelected() {
        Exercise e = selected.get();
        if (e == null) {
            return;
        }
        if (!exercises.canChange(e)) {
            JOptionPane.showMessageDialog(
                    parent,
                    UiTexts.get("exercise.builtIn"),
                    UiTexts.get("exercise.edit.title"),
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        openDialog(UiTexts.get("exercise.edit.title"), e, false);
    }

    private void copySelected() {
        Exercise e = selected.get();
        if (e != null) {
            openDialog(UiTexts.get("exercise.copy.title"), exercises.copyOf(e), true);
        }
    }

    private void openDialog(String title, Exercise draft, boolean isNew) {
        ExerciseDialog dialog = new ExerciseDialog(
                window(),
                title,
                draft,
                isNew,
                exercises,
                labels,
                // Named as the library pane names them (a Spanish window listed "Ankle pumps").
                () -> PoseChoices.pictures(source.builtIn().all(), editor::nameOf),
                // the captions a clinician types are for the handout being made
                () -> editor.sheet().language(),
                d -> save(d, isNew));
        dialog.setVisible(true);
    }

    /** Saves from the dialog; null when it worked, else what to tell the user. */
    private String save(Exercise draft, boolean isNew) {
        try {
            Exercise saved = isNew ? exercises.create(draft) : exercises.update(draft);
            reveal.accept(saved);
            if (isNew) {
                // A clinician who made an exercise for the patient in front of her looked for it on the sheet.
                // After the window's catalog has it (its update is queued already); Undo takes it off again.
                SwingUtilities.invokeLater(() -> {
                    editor.items().add(saved.id());
                    editor.status(UiTexts.get("exercise.createdAndAdded", saved.name()));
                });
            } else {
                editor.status(UiTexts.get("exercise.created", saved.name()));
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return UiTexts.get("exercise.saveFailed", e.getMessage());
        }
    }

    private void deleteSelected() {
        Exercise e = selected.get();
        if (!exercises.canChange(e)) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(
                parent,
                UiTexts.get("exercise.delete.confirm", e.name()),
                UiTexts.get("exercise.delete.title"),
                JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return;
        }
        try {
            editor.keepCopyIfUsed(e);
            exercises.delete(e);
            editor.status(UiTexts.get("exercise.deleted", e.name()));
        } catch (IOException ex) {
            error(UiTexts.get("exercise.saveFailed", ex.getMessage()));
        }
    }

    /** Adds the exercises the open sheet carries (a colleague's) to this library. */
    private void adoptCarried() {
        List<Exercise> unknown = CarriedExercises.unknownTo(editor.sheet(), source.current());
        try {
            List<Exercise> saved = exercises.adopt(unknown);
            editor.status(UiTexts.get("library.adopted", saved.size()));
        } catch (IOException ex) {
            error(UiTexts.get("exercise.saveFailed", ex.getMessage()));
        }
    }

    static String lines(List<Problem> problems) {
        return String.join(
                "\n", problems.stream().limit(12).map(Problem::toString).toList());
    }

    private void error(String message) {
        JOptionPane.showMessageDialog(parent, message, UiTexts.get("library.actions"), JOptionPane.WARNING_MESSAGE);
    }

    private Window window() {
        return parent instanceof Window w ? w : SwingUtilities.getWindowAncestor(parent);
    }

    private static Action action(String name, String key, Runnable run) {
        Action a = new AbstractAction(UiTexts.get(key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        a.putValue(Action.ACTION_COMMAND_KEY, name);
        String tip = UiTexts.get(key + ".tip");
        a.putValue(Action.SHORT_DESCRIPTION, tip.equals(key + ".tip") ? UiTexts.get(key) : tip);
        return a;
    }
}
