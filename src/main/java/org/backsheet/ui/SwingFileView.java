package org.backsheet.ui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.filechooser.FileFilter;
import org.backsheet.editor.FileView;

/** The file dialogs of the window: choosers filtered to sheet files, the "Save changes?" question, errors. */
final class SwingFileView implements FileView {

    private Component parent;

    void setParent(Component parent) {
        this.parent = parent;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        Object[] options = {
            UiTexts.get("dialog.unsaved.save"), UiTexts.get("dialog.unsaved.discard"), UiTexts.get("dialog.cancel")
        };
        int answer = JOptionPane.showOptionDialog(
                parent,
                UiTexts.get("dialog.unsaved.message", documentName),
                UiTexts.get("dialog.unsaved.title"),
                JOptionPane.YES_NO_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE,
                null,
                options,
                options[0]);
        return switch (answer) {
            case 0 -> SaveChoice.SAVE;
            case 1 -> SaveChoice.DISCARD;
            default -> SaveChoice.CANCEL;
        };
    }

    @Override
    public ChangedOnDiskChoice askFileChangedOnDisk(String documentName) {
        Object[] options = {
            SafetyTexts.get("changed.overwrite"), SafetyTexts.get("changed.saveAs"), SafetyTexts.get("changed.cancel")
        };
        String message = "<html><body style='width: 360px'>"
                + SafetyTexts.get("changed.message", documentName)
                        .replace("&", "&amp;")
                        .replace("<", "&lt;")
                + "</body></html>";
        int answer = JOptionPane.showOptionDialog(
                parent,
                message,
                SafetyTexts.get("changed.title"),
                JOptionPane.YES_NO_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE,
                null,
                options,
                options[2]);
        return switch (answer) {
            case 0 -> ChangedOnDiskChoice.OVERWRITE;
            case 1 -> ChangedOnDiskChoice.SAVE_AS;
            default -> ChangedOnDiskChoice.CANCEL;
        };
    }

    @Override
    public Path chooseFileToOpen(Path folder) {
        JFileChooser chooser = chooser(folder, ".backsheet.json", "dialog.filter.sheets");
        return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION
                ? chooser.getSelectedFile().toPath()
                : null;
    }

    @Override
    public Path chooseFileToSave(Path folder, String suggestedName) {
        return chooseSaveFile(folder, suggestedName, ".backsheet.json", "dialog.filter.sheets", null);
    }

    /** A save chooser that adds {@code extension} when missing and asks before replacing a file. */
    Path chooseSaveFile(Path folder, String suggestedName, String extension, String filterKey, String titleKey) {
        JFileChooser chooser = chooser(folder, extension, filterKey);
        if (titleKey != null) {
            chooser.setDialogTitle(UiTexts.get(titleKey));
            chooser.setApproveButtonText(UiTexts.get(titleKey));
        }
        chooser.setSelectedFile(new File(folder == null ? null : folder.toFile(), suggestedName));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().toLowerCase().endsWith(extension)) {
            file = file.resolveSibling(file.getFileName() + extension);
        }
        if (Files.exists(file)
                && JOptionPane.showConfirmDialog(
                                parent,
                                UiTexts.get("dialog.replace.message", file.getFileName()),
                                UiTexts.get("dialog.replace.title"),
                                JOptionPane.YES_NO_OPTION,
                                JOptionPane.WARNING_MESSAGE)
                        != JOptionPane.YES_OPTION) {
            return null;
        }
        return file;
    }

    @Override
    public void showOpenProblems(Path file, List<String> problems) {
        JTextArea text = new JTextArea(String.join("\n", problems), Math.min(10, problems.size() + 1), 60);
        text.setName("openProblems");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        Object[] message = {UiTexts.get("dialog.open.problems.message", file.getFileName()), new JScrollPane(text)};
        JOptionPane.showMessageDialog(
                parent, message, UiTexts.get("dialog.open.problems.title"), JOptionPane.ERROR_MESSAGE);
    }

    @Override
    public void showError(String message) {
        JOptionPane.showMessageDialog(parent, message, UiTexts.get("dialog.error.title"), JOptionPane.ERROR_MESSAGE);
    }

    private static JFileChooser chooser(Path folder, String extension, String filterKey) {
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
        chooser.setAcceptAllFileFilterUsed(true);
        FileFilter filter = new FileFilter() {
            @Override
            public boolean accept(File f) {
                return f.isDirectory() || f.getName().toLowerCase().endsWith(extension);
            }

            @Override
            public String getDescription() {
                return UiTexts.get(filterKey);
            }
        };
        chooser.addChoosableFileFilter(filter);
        chooser.setFileFilter(filter);
        return chooser;
    }
}
