package org.backsheet.editor;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.backsheet.io.AtomicFiles;
import org.backsheet.model.Sheet;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.RenderedHandout;

/**
 * Writes a sheet's handout to a file in one {@link ExportFormat}, all or nothing, the way the command line does:
 * rendered in memory first ({@link RenderedHandout}), then written to a temporary file that replaces the old one
 * only when complete. A cancelled or failed export leaves the old file untouched. Runs off the event thread.
 * The window offers one of these per format ({@link #all}) and finds each one's words by its {@link #key()}.
 */
public final class HandoutExport {

    private final HandoutMaker maker;
    private final ExportFormat format;

    public HandoutExport(HandoutMaker maker, ExportFormat format) {
        this.maker = maker;
        this.format = format;
    }

    /** One export for every format, in the order {@link ExportFormat} lists them (the first is the usual one). */
    public static List<HandoutExport> all(HandoutMaker maker) {
        return Arrays.stream(ExportFormat.values())
                .map(format -> new HandoutExport(maker, format))
                .toList();
    }

    /** The format's name in bundle keys, e.g. {@code pdf} for {@code dialog.filter.pdf}. */
    public String key() {
        return format.key();
    }

    /** The file name ending, with its dot. */
    public String extension() {
        return format.extension();
    }

    /** The suggested file name beside the sheet file, by the rule the command line uses too. */
    public String fileName(Path sheetFile, String fallback) {
        return format.fileName(sheetFile, fallback);
    }

    /** Writes {@code sheet} to {@code target}; returns the page count. Checks {@code cancelled} before replacing. */
    public int export(Sheet sheet, Path target, BooleanSupplier cancelled) throws IOException {
        return export(sheet, target, cancelled, false);
    }

    /**
     * Like {@link #export(Sheet, Path, BooleanSupplier)}; a target marked read-only is replaced only when
     * {@code replaceReadOnly} (the user was asked), else the export fails naming it.
     */
    public int export(Sheet sheet, Path target, BooleanSupplier cancelled, boolean replaceReadOnly) throws IOException {
        RenderedHandout handout;
        try {
            handout = RenderedHandout.of(maker.writer(format), sheet);
        } catch (IOException e) {
            // The user chose a file: name it, as a failed write does.
            throw new IOException(AtomicFiles.SAVE_FAILED + target + ": " + e.getMessage(), e);
        }
        if (cancelled.getAsBoolean()) {
            throw new InterruptedIOException("export cancelled");
        }
        AtomicFiles.write(
                target, handout::writeTo, replaceReadOnly ? AtomicFiles.ReadOnly.REPLACE : AtomicFiles.ReadOnly.REFUSE);
        return handout.result().pageCount();
    }

    /**
     * The status line after an export: the file and its pages, and, when the sheet names no emergency number, that
     * the safety box says only "your local emergency number" (a clinician trying the program exported without one
     * and was never told; the safety box is the part of the handout that matters most).
     */
    public static String doneMessage(EditorTexts texts, Sheet sheet, Path target, int pages) {
        String done = texts.get("status.exported", target.getFileName(), pages);
        String number = sheet.clinic() == null ? null : sheet.clinic().emergencyNumber();
        return number == null || number.isBlank() ? done + " " + texts.get("status.noEmergencyNumber") : done;
    }

    /** True when {@code target} exists and is marked read-only: the user is asked before it is replaced. */
    public static boolean isReadOnly(Path target) {
        return AtomicFiles.isMarkedReadOnly(target);
    }
}
