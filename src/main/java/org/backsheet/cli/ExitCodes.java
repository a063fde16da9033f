package org.backsheet.cli;

/** The exit codes scripts can rely on (README.md, "Command line"). */
public final class ExitCodes {

    public static final int OK = 0;
    /** Anything that is not the user's input: cannot write the output, an unexpected error. */
    public static final int FAILURE = 1;
    /** A sheet, an option or a folder given by the user is wrong; the message says which and why. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}

    /** The code for a run that met both kinds of trouble: bad input is reported first, as the contract says. */
    public static int worst(int a, int b) {
        if (a == BAD_INPUT || b == BAD_INPUT) {
            return BAD_INPUT;
        }
        return Math.max(a, b);
    }
}
