package org.backsheet.cli;

/**
 * Ends a command with one line for the user and an exit code: {@link ExitCodes#BAD_INPUT} when the user's
 * files or options are wrong, {@link ExitCodes#FAILURE} when something else went wrong (e.g. a disk is full).
 */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public static CliFailure badInput(String message) {
        return new CliFailure(ExitCodes.BAD_INPUT, message);
    }

    public static CliFailure failure(String message) {
        return new CliFailure(ExitCodes.FAILURE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
