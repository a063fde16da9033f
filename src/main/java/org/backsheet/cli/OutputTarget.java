package org.backsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backsheet.io.AtomicFiles;
import org.backsheet.io.ReadOnlyTargetException;

/** Checks on where handouts will be written, done before any rendering so a mistake costs nothing. */
final class OutputTarget {

    private OutputTarget() {}

    /** Why a read-only handout is not replaced, and how to replace it anyway. */
    static final String READ_ONLY = "the file is read-only; to replace it anyway, add --overwrite-read-only";

    /**
     * Why the handout for {@code sheet} must not be written to {@code pdf}, or null when it may: the target is a
     * link, a device, a pipe or a folder; it is read-only and {@code readOnly} says to refuse; or it is the
     * sheet file itself (the same file, whatever the names), which the handout would replace.
     */
    static String whyNotWrite(Path sheet, Path pdf, AtomicFiles.ReadOnly readOnly) {
        try {
            AtomicFiles.checkTarget(pdf, readOnly);
        } catch (ReadOnlyTargetException e) {
            return READ_ONLY;
        } catch (IOException e) {
            return UserMessages.saveFailure(pdf, e);
        }
        try {
            if (Files.exists(pdf) && Files.exists(sheet) && Files.isSameFile(sheet, pdf)) {
                return "this is the sheet file itself; the handout would replace it (choose another name)";
            }
        } catch (IOException e) {
            return null; // not comparable; the writing itself reports any real problem
        }
        return null;
    }

    /** Fails with one clear line when {@code pdf} cannot be a file: its folder is missing, or it is a folder. */
    static void checkWritableParent(Path pdf) {
        if (pdf.toString().isEmpty()) {
            throw CliFailure.badInput("-o needs a file name, e.g. -o handout.pdf");
        }
        if (Files.isDirectory(pdf)) {
            throw CliFailure.failure(
                    pdf + ": cannot write the handout: this is a folder; " + "use -d to export into a folder");
        }
        Path parent = pdf.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw CliFailure.failure(pdf + ": cannot write the handout: the folder "
                    + (pdf.getParent() != null ? pdf.getParent() : parent) + " does not exist");
        }
    }

    /** Creates the batch output folder when needed; one clear line when that is impossible. */
    static void createFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (Files.exists(folder)) {
            throw CliFailure.failure(folder + ": cannot export into it: it is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw CliFailure.failure(folder + ": cannot create the folder: " + UserMessages.reason(e));
        }
    }
}
