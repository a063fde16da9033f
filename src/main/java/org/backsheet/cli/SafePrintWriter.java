package org.backsheet.cli;

import java.io.PrintWriter;

/**
 * The writer every command line message goes through. A file name or a value from a file may hold control
 * characters: an escape sequence would act on the terminal (clear it, recolour it) and a line break would let
 * a file forge a line of its own ({@code FAKE: ok}). Each line printed is therefore shown with such characters
 * escaped as {@code \\u001b}; the line breaks between lines stay real. (Help texts, which picocli prints as
 * whole blocks, are the program's own and pass unchanged.)
 */
final class SafePrintWriter extends PrintWriter {

    SafePrintWriter(PrintWriter out) {
        super(out);
    }

    static PrintWriter wrap(PrintWriter out) {
        return out instanceof SafePrintWriter ? out : new SafePrintWriter(out);
    }

    @Override
    public void println(String line) {
        super.println(escape(line));
    }

    @Override
    public void println(Object line) {
        println(String.valueOf(line));
    }

    /** {@code text} with every control, line-break and text-direction character written as {@code \\uXXXX}. */
    static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * C0 and C1 controls (ESC, CR, LF, ...), DEL, the Unicode line and paragraph separators, and the characters
     * that reorder text on screen (bidirectional overrides and isolates), which can make a line read otherwise
     * than it is.
     */
    private static boolean isUnsafe(char c) {
        return c < 0x20 && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c == '\u2028'
                || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
