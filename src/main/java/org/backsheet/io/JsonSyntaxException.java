package org.backsheet.io;

/** Broken JSON: where it breaks (line and column, from 1) and what is wrong there, in plain words. */
final class JsonSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    JsonSyntaxException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
