package org.backsheet.render;

import org.backsheet.model.Sheet;

/**
 * The title a handout prints (also the PDF's title): the sheet's own, or the default one in the sheet's language.
 * The editor shows the default in the empty title field, so a clinician who leaves it blank knows what prints.
 */
public final class PrintedTitle {

    private PrintedTitle() {}

    /** The title a handout of {@code sheet} prints. */
    public static String of(Sheet sheet) {
        return of(sheet, new Labels(sheet.language()));
    }

    static String of(Sheet sheet, Labels labels) {
        return sheet.title() == null || sheet.title().isBlank()
                ? labels.get("title.default")
                : sheet.title().strip();
    }
}
