package org.backsheet.ui;

import java.awt.Window;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JFileChooser;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.backsheet.editor.CatalogSource;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.LibraryImport;
import org.backsheet.editor.PreferenceKeys;
import org.backsheet.editor.UserExerciseController;
import org.backsheet.model.Problem;

/**
 * The library's file commands: import exercises from a zip or folder (read off the event thread, then a dialog
 * for the clashes), export the clinic's own to a zip, and choose the library folder. The controllers decide;
 * this class asks for the files and shows the outcome.
 */
final class LibraryFileActions {

    private final Supplier<Window> window;
    private final EditorController editor;
    private final CatalogSource source;
    private final EditorPreferences prefs;
    private final LibraryImport transfer;
    private final UserExerciseController exercises;
    private final Consumer<String> error;

    LibraryFileActions(
            Supplier<Window> window,
            EditorController editor,
            CatalogSource source,
            EditorPreferences prefs,
            UserExerciseController exercises,
            Consumer<String> error) {
        this.window = window;
        this.editor = editor;
        this.source = source;
        this.prefs = prefs;
        this.exercises = exercises;
        this.transfer = new LibraryImport(source, exercises);
        this.error = error;
    }

    void importExercises() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(UiTexts.get("import.choose"));
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setFileFilter(new FileNameExtensionFilter(UiTexts.get("export.zipFiles"), "zip"));
        chooser.setAcceptAllFileFilterUsed(true);
        if (chooser.showOpenDialog(window.get()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path from = chooser.getSelectedFile().toPath();
        // Reading a big zip takes a while: off the event thread, with a progress window that can cancel it.
        ProgressDialog progress = new ProgressDialog(window.get(), UiTexts.get("import.progress"));
        SwingWorker<LibraryImport.Plan, Void> reading = new SwingWorker<>() {
            @Override
            protected LibraryImport.Plan doInBackground() throws IOException {
                return transfer.plan(from);
            }

            @Override
            protected void done() {
                progress.finish();
                if (isCancelled()) {
                    return;
                }
                try {
                    offerImport(from, get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    error.accept(
                            e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                }
            }
        };
        progress.start(() -> reading.cancel(true));
        reading.execute();
    }

    private void offerImport(Path from, LibraryImport.Plan plan) {
        if (!plan.problems().isEmpty()) {
            error.accept(UiTexts.get("import.problems", LibraryActions.lines(plan.problems())));
        }
        if (plan.incoming().isEmpty()) {
            error.accept(UiTexts.get("import.nothing", from));
            return;
        }
        Map<String, LibraryImport.Choice> choices = ImportDialog.ask(window.get(), plan);
        if (choices != null) {
            try {
                LibraryImport.Result r = transfer.apply(plan, choices);
                editor.status(UiTexts.get("import.done", r.added(), r.replaced(), r.copied(), r.unchanged(), r.kept()));
            } catch (IOException e) {
                error.accept(e.getMessage());
            }
        }
    }

    void exportExercises() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(UiTexts.get("export.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(UiTexts.get("export.zipFiles"), "zip"));
        chooser.setSelectedFile(new File("my-exercises.zip"));
        if (chooser.showSaveDialog(window.get()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path to = chooser.getSelectedFile().toPath();
        try {
            int n = transfer.exportMine(to);
            editor.status(UiTexts.get("export.done", n, to));
        } catch (IOException e) {
            error.accept(e.getMessage());
        }
    }

    void chooseFolder() {
        JFileChooser chooser = new JFileChooser(source.folderPath().toFile());
        chooser.setDialogTitle(UiTexts.get("library.folder.title"));
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showOpenDialog(window.get()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path folder = chooser.getSelectedFile().toPath().toAbsolutePath();
        prefs.put(PreferenceKeys.LIBRARY_FOLDER, folder.toString());
        List<Problem> problems = source.switchTo(folder);
        long mine = source.current().all().stream().filter(exercises::canChange).count();
        editor.status(UiTexts.get("library.folder.changed", folder, mine));
        if (!problems.isEmpty()) {
            error.accept(UiTexts.get("import.problems", LibraryActions.lines(problems)));
        }
    }
}
