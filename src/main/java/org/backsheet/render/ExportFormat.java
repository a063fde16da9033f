package org.backsheet.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.backsheet.model.SheetFileName;

/**
 * The kinds of file a handout is exported to, and the one rule for naming the file after its sheet. The command
 * line and the editor both export through here, so they write the same bytes under the same name, and both
 * offer every constant: the command line's {@code --format}, the editor's file types in its Export dialog.
 * A new format is one constant (its extension and its writer, made from the renderer) plus its words, filed
 * under {@link #key()} in the editor's bundles ({@code dialog.filter.KEY}).
 */
public enum ExportFormat {
    PDF(".pdf", renderer -> renderer::render);

    private final String extension;
    private final Function<HandoutRenderer, HandoutWriter> writer;

    ExportFormat(String extension, Function<HandoutRenderer, HandoutWriter> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    /** The name of the format for people and bundle keys: the constant in lower case, e.g. {@code pdf}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name ending, with its dot, e.g. {@code .pdf}. */
    public String extension() {
        return extension;
    }

    /** Writes handouts in this format with {@code renderer}. */
    public HandoutWriter writer(HandoutRenderer renderer) {
        return writer.apply(renderer);
    }

    /**
     * The output's name for {@code sheetFile}: the sheet's {@linkplain SheetFileName#baseName name without its
     * extension} plus this format's extension, e.g. {@code Knee.BACKSHEET.JSON} becomes {@code Knee.pdf}
     * and {@code notes.txt} becomes {@code notes.txt.pdf}. {@code fallback} names a sheet that has no file yet or
     * whose name is only the extension.
     */
    public String fileName(Path sheetFile, String fallback) {
        String name = SheetFileName.baseName(sheetFile);
        return (name.isEmpty() ? fallback : name) + extension;
    }
}
