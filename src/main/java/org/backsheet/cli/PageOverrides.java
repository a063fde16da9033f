package org.backsheet.cli;

import org.backsheet.model.PageOptions;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import picocli.CommandLine.Option;

/**
 * The page options of {@code export} and {@code print}; each one, when given, replaces what the sheet file says.
 */
final class PageOverrides {

    @Option(
            names = "--page-size",
            paramLabel = "A4|LETTER",
            description = "Paper size, overriding the sheet: ${COMPLETION-CANDIDATES}.")
    PageSize size;

    @Option(
            names = "--large-print",
            negatable = true,
            description =
                    "Large print (at least 16 pt body text), overriding the sheet; --no-large-print turns it off.")
    Boolean largePrint;

    Sheet applyTo(Sheet sheet) {
        PageOptions page = sheet.page();
        if (size != null) {
            page = page.withSize(size);
        }
        if (largePrint != null) {
            page = page.withLargePrint(largePrint);
        }
        return page.equals(sheet.page()) ? sheet : sheet.withPage(page);
    }
}
