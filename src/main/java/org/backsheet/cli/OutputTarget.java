package org.backsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on where handouts will be written, done before any rendering so a mistake costs nothing. */
final class OutputTarget {

    private OutputTarget() {
    }

    /** Fails with one clear line when {@code pdf} cannot be a file: its folder is missing, or it is a folder. */
    static void checkWritableParent(Path pdf) {
        if (Files.isDirectory(pdf)) {
            throw CliFailure.failure(pdf + ": cannot write the handout: this is a folder; "
                    + "use -d to export into a folder");
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

    /** The handout's name for a sheet file: {@code knee.backsheet.json} becomes {@code knee.pdf}. */
    static String pdfName(Path sheetFile) {
        String name = sheetFile.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".backsheet.json")) {
            name = name.substring(0, name.length() - ".backsheet.json".length());
        } else if (lower.endsWith(".json")) {
            name = name.substring(0, name.length() - ".json".length());
        }
        return (name.isEmpty() ? "handout" : name) + ".pdf";
    }
}
