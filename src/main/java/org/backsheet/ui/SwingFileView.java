package org.backsheet.ui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.filechooser.FileFilter;
import org.backsheet.editor.FileView;
import org.backsheet.model.SheetFileName;

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
        JFileChooser chooser = chooser(folder, List.of(sheets("")));
        return FocusReturn.around(parent, () -> chooser.showOpenDialog(parent)) == JFileChooser.APPROVE_OPTION
                ? chooser.getSelectedFile().toPath()
                : null;
    }

    @Override
    public Path chooseFileToSave(Path folder, String suggestedName) {
        Choice choice = chooseSaveFile(folder, List.of(sheets(suggestedName)), null);
        return choice == null ? null : choice.file();
    }

    /**
     * A kind of file a chooser offers: its name ending (with the dot), the key of its filter's words and the
     * name a save chooser suggests for it.
     */
    record FileType(String extension, String filterKey, String suggestedName) {}

    /** The file the user chose and which of the offered types it is. */
    record Choice(Path file, int type) {}

    private static FileType sheets(String suggestedName) {
        return new FileType(SheetFileName.EXTENSION, "dialog.filter.sheets", suggestedName);
    }

    /**
     * A save chooser offering {@code types}, the first one chosen; choosing another type suggests its name. The chosen type's ending is added when missing, and a file that
     * exists is replaced only when the user says so. Null when the user cancelled.
     */
    Choice chooseSaveFile(Path folder, List<FileType> types, String titleKey) {
        JFileChooser chooser = chooser(folder, types);
        if (titleKey != null) {
            chooser.setDialogTitle(UiTexts.get(titleKey));
            chooser.setApproveButtonText(UiTexts.get(titleKey));
        }
        File folderFile = folder == null ? null : folder.toFile();
        chooser.setSelectedFile(new File(folderFile, types.get(0).suggestedName()));
        chooser.addPropertyChangeListener(JFileChooser.FILE_FILTER_CHANGED_PROPERTY, e -> {
            int type = typeOf(chooser, types);
            if (type >= 0) {
                chooser.setSelectedFile(
                        new File(chooser.getCurrentDirectory(), types.get(type).suggestedName()));
            }
        });
        if (FocusReturn.around(parent, () -> chooser.showSaveDialog(parent)) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        int type = Math.max(0, typeOf(chooser, types));
        String extension = types.get(type).extension();
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
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
        return new Choice(file, type);
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

    /** A chooser with one filter per type (the first one selected), and "All files". */
    private static JFileChooser chooser(Path folder, List<FileType> types) {
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
        chooser.setAcceptAllFileFilterUsed(true);
        List<TypeFilter> filters = types.stream().map(TypeFilter::new).toList();
        filters.forEach(chooser::addChoosableFileFilter);
        chooser.setFileFilter(filters.get(0));
        return chooser;
    }

    /** The index in {@code types} of the chooser's filter, or -1 for "All files". */
    private static int typeOf(JFileChooser chooser, List<FileType> types) {
        return chooser.getFileFilter() instanceof TypeFilter filter ? types.indexOf(filter.type) : -1;
    }

    /** Shows folders and the files of one type. */
    private static final class TypeFilter extends FileFilter {
        private final FileType type;

        TypeFilter(FileType type) {
            this.type = type;
        }

        @Override
        public boolean accept(File f) {
            return f.isDirectory() || f.getName().toLowerCase(Locale.ROOT).endsWith(type.extension());
        }

        @Override
        public String getDescription() {
            return UiTexts.get(type.filterKey());
        }
    }
}
