package org.backsheet.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A copy of unsaved work found in the recovery folder: which editor sheet it was, the file it had been opened
 * from or saved to (null for a sheet never saved), when the copy was taken, and the sheet itself as JSON.
 */
public record RecoveredSheet(String sheetId, Path originalFile, Instant savedAt, String sheetJson) {

    public RecoveredSheet {
        Objects.requireNonNull(sheetId, "sheetId");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(sheetJson, "sheetJson");
    }

    /** The original file's name (e.g. {@code anna.backsheet.json}), or null for a sheet that was never saved. */
    public String originalFileName() {
        return originalFile == null || originalFile.getFileName() == null
                ? null
                : originalFile.getFileName().toString();
    }
}
