package org.backsheet.app;

import java.util.Locale;

/**
 * Reads what the program was started with: nothing opens the editor; a single sheet file opens the editor on
 * it (that is how a file manager opens a double-clicked {@code *.backsheet.json}, through the installed menu
 * entry); anything else is a command for the command line.
 */
final class StartArguments {

    private StartArguments() {}

    static boolean opensEditor(String[] args) {
        return args.length == 0 || args.length == 1 && isSheetFile(args[0]);
    }

    /** A name ending in .json that is not an option; no command of the command line looks like that. */
    private static boolean isSheetFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
