package org.backsheet.cli;

import org.backsheet.model.PageOptions;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;

/** Page options given on the command line; each one, when given, replaces what the sheet file says. */
record PageOverrides(PageSize size, Boolean largePrint) {

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
