package org.backsheet.ui;

import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import org.backsheet.editor.ClinicProfile;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.SheetDefaults;

/**
 * What the editor's menus, toolbar and keys do ({@link EditorActions.Commands}), carried out on the window's
 * parts: the controller decides, the window's helpers ask and show. {@link EditorWindow} only builds the window.
 */
final class WindowCommands implements EditorActions.Commands {

    private final JFrame window;
    private final EditorController editor;
    private final BackgroundJobs jobs;
    private final TemplateCommands templates;
    private final Runnable findExercise;
    private final PaneNavigation panes;
    private final HelpDialogs help;
    private final Supplier<List<Action>> keys;
    private final EditorPreferences prefs;
    private final Path dataFolder;

    /**
     * @param findExercise moves the focus to the library's search (Ctrl+F)
     * @param keys         every action with its key, for the Help's list of shortcuts
     */
    WindowCommands(
            JFrame window,
            EditorController editor,
            BackgroundJobs jobs,
            TemplateCommands templates,
            Runnable findExercise,
            PaneNavigation panes,
            HelpDialogs help,
            Supplier<List<Action>> keys,
            EditorPreferences prefs,
            Path dataFolder) {
        this.window = window;
        this.editor = editor;
        this.jobs = jobs;
        this.templates = templates;
        this.findExercise = findExercise;
        this.panes = panes;
        this.help = help;
        this.keys = keys;
        this.prefs = prefs;
        this.dataFolder = dataFolder;
    }

    @Override
    public void newSheet() {
        editor.files().newSheet();
    }

    @Override
    public void newFromTemplate() {
        templates.newFromTemplate();
    }

    @Override
    public void saveAsTemplate() {
        templates.saveAsTemplate();
    }

    /** The clinic profile; afterwards, when the open sheet shows another clinic, offers to apply it there too. */
    @Override
    public void clinicProfile() {
        ClinicProfile profile = editClinicProfile(window);
        if (profile.isEmpty() || !editor.details().clinicDiffersFrom(profile)) {
            return;
        }
        String shown = editor.sheet().clinic().name();
        Object[] options = {UiTexts.get("profile.apply.yes"), UiTexts.get("profile.apply.no")};
        int answer = JOptionPane.showOptionDialog(
                window,
                UiTexts.get("profile.apply.message", shown == null ? "\u2014" : shown),
                UiTexts.get("profile.apply.title"),
                JOptionPane.YES_NO_OPTION,
                JOptionPane.QUESTION_MESSAGE,
                null,
                options,
                options[0]);
        if (answer == 0) {
            editor.details().applyClinicProfile(profile);
        }
    }

    /**
     * Only the clinic profile dialog, over {@code owner} (the welcome, so the keyboard goes back to it); returns the
     * profile as it was left.
     */
    ClinicProfile editClinicProfile(Window owner) {
        ClinicProfile profile = new ClinicProfile(prefs, dataFolder);
        new ClinicProfileDialog(owner, profile).setVisible(true);
        return profile;
    }

    /**
     * The welcome's "Start with the Sample": the sample made again from the preferences, so a clinic profile set up
     * a moment ago in the welcome is on it. A sheet opened from a file, or already changed, stays as it is.
     */
    void startWithSample() {
        if (editor.document().file() == null && !editor.files().isModified()) {
            editor.files().newFrom(() -> SheetDefaults.sample(editor.catalog(), prefs, editor.today(), editor.texts()));
        }
    }

    @Override
    public void close() {
        editor.endTyping();
        editor.files().close();
    }

    /** F6 and Shift+F6 (see {@link PaneNavigation}). */
    @Override
    public void nextPane(boolean forward) {
        panes.next(forward);
    }

    @Override
    public void help(String topic) {
        switch (topic) {
            case "keys" -> help.keys(keys.get());
            case "formats" -> help.formats();
            case "dataFolder" -> help.dataFolder();
            default -> help.about();
        }
    }

    @Override
    public void open() {
        editor.files().open();
    }

    @Override
    public void save() {
        if (editor.files().save()) {
            editor.status(editor.texts().get("status.saved", editor.files().documentName()));
        }
    }

    @Override
    public void saveAs() {
        if (editor.files().saveAs()) {
            editor.status(editor.texts().get("status.saved", editor.files().documentName()));
        }
    }

    @Override
    public void exportPdf() {
        jobs.export();
    }

    @Override
    public void print() {
        jobs.print();
    }

    /** Closes the window after asking about unsaved changes; Cancel keeps it open. */
    @Override
    public void quit() {
        editor.endTyping();
        if (editor.files().confirmDiscard()) {
            WindowBounds.remember(window, prefs);
            // The preview, the library watcher and the recovery copy are let go when the window is disposed.
            window.dispose();
        }
    }

    @Override
    public void undo() {
        editor.undoLast();
    }

    @Override
    public void redo() {
        editor.redoLast();
    }

    @Override
    public void remove() {
        editor.items().removeSelected();
    }

    @Override
    public void duplicate() {
        editor.items().duplicateSelected();
    }

    @Override
    public void moveUp() {
        editor.items().moveSelectedUp();
    }

    @Override
    public void moveDown() {
        editor.items().moveSelectedDown();
    }

    @Override
    public void findExercise() {
        findExercise.run();
    }
}
