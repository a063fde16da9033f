package org.backsheet.model;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How sheet files are named: their one extension, and a sheet's name without it, which the handout file, the
 * print job and a template's name are made from. In the model so that reading, the renderer, the command line
 * and the editor all take it from one place.
 */
public final class SheetFileName {

    /** The extension of sheet files. */
    public static final String EXTENSION = ".backsheet.json";

    private static final String JSON = ".json";

    private SheetFileName() {}

    /**
     * The name of {@code file} without {@code .backsheet.json} (or a plain {@code .json}), in any letter case:
     * {@code Knee.BACKSHEET.JSON} gives {@code Knee}, {@code notes.txt} stays {@code notes.txt}. Empty for no file
     * or a name that is only the extension.
     */
    public static String baseName(Path file) {
        String name = file == null || file.getFileName() == null
                ? ""
                : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(EXTENSION)) {
            return name.substring(0, name.length() - EXTENSION.length());
        }
        return lower.endsWith(JSON) ? name.substring(0, name.length() - JSON.length()) : name;
    }
}
