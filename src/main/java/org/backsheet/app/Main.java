package org.backsheet.app;

import org.backsheet.cli.BackSheetCli;
import org.backsheet.cli.CliEnvironment;

/**
 * Starts BackSheet: with no arguments (or just a sheet file to open) the editor, otherwise the command line. The command-line path never
 * touches AWT or Swing, so it starts quickly and runs where there is no display.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (StartArguments.opensEditor(args)) {
            // Kept in its own class so that the command line never loads a single AWT class.
            if (!EditorStart.open(args, System.err)) {
                System.exit(1);
            }
            return;
        }
        int exitCode;
        try {
            exitCode = BackSheetCli.run(args, CliEnvironment.standard(Version.get()));
        } catch (Throwable e) {
            // Last resort: even an internal error reaches the user as one line, never a stack trace.
            System.err.println("backsheet: internal error: " + e);
            exitCode = 1;
        }
        System.exit(exitCode);
    }
}
