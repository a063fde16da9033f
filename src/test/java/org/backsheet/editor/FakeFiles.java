package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;

/** An in-memory sheet store and a scripted file view, for the file commands' tests. */
final class FakeFiles implements SheetStore, FileView {

    final Map<Path, Sheet> files = new HashMap<>();
    final Map<Path, List<Problem>> badFiles = new HashMap<>();
    final Deque<SaveChoice> answers = new ArrayDeque<>();
    final Deque<Path> chosenFiles = new ArrayDeque<>();
    final List<String> shown = new ArrayList<>();
    int questions;

    @Override
    public Sheet read(Path file) throws IOException, SheetFileException {
        if (badFiles.containsKey(file)) {
            throw new SheetFileException(badFiles.get(file));
        }
        Sheet s = files.get(file);
        if (s == null) {
            throw new NoSuchFileException(file.toString());
        }
        return s;
    }

    @Override
    public void save(Sheet sheet, Path file) {
        files.put(file, sheet);
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        questions++;
        return answers.removeFirst();
    }

    @Override
    public Path chooseFileToOpen(Path folder) {
        return chosenFiles.pollFirst();
    }

    @Override
    public Path chooseFileToSave(Path folder, String suggestedName) {
        return chosenFiles.pollFirst();
    }

    @Override
    public void showOpenProblems(Path file, List<String> problems) {
        shown.addAll(problems);
    }

    @Override
    public void showError(String message) {
        shown.add(message);
    }
}
