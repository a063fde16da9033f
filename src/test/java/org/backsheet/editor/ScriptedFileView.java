package org.backsheet.editor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A file view that answers from a script and records what it was asked and told (FakeFiles adds a store). */
class ScriptedFileView implements FileView {

    final Deque<ChangedOnDiskChoice> changedOnDiskAnswers = new ArrayDeque<>();
    final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    final Deque<Path> chosenFiles = new ArrayDeque<>();
    final List<String> askedAboutChangedFiles = new ArrayList<>();
    final List<String> shown = new ArrayList<>();
    /** The folder each save dialog started in. */
    final List<Path> saveFolders = new ArrayList<>();

    int saveQuestions;

    @Override
    public ChangedOnDiskChoice askFileChangedOnDisk(String documentName) {
        askedAboutChangedFiles.add(documentName);
        return changedOnDiskAnswers.isEmpty()
                ? FileView.super.askFileChangedOnDisk(documentName)
                : changedOnDiskAnswers.removeFirst();
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        saveQuestions++;
        return saveAnswers.removeFirst();
    }

    @Override
    public Path chooseFileToOpen(Path folder) {
        return chosenFiles.pollFirst();
    }

    @Override
    public Path chooseFileToSave(Path folder, String suggestedName) {
        saveFolders.add(folder);
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
