package org.backsheet.io;

/**
 * The character level of {@link JsonSyntax}: where in the text reading is (line and column for messages), white
 * space, and the literals (texts, numbers, words). Problems are described in plain words at the exact place.
 */
abstract class JsonLexer {

    private final String s;
    /** The text as an array: indexing it directly keeps parsing fast before the JIT warms up (CLI start). */
    final char[] buf;

    final int end;
    int pos;
    int line = 1;
    private int lineStart;

    JsonLexer(String text) {
        this.s = text;
        this.buf = text.toCharArray();
        this.end = buf.length;
    }

    String string() throws JsonSyntaxException {
        int startLine = line;
        int startCol = column();
        pos++; // opening quote
        StringBuilder out = null;
        int runStart = pos;
        final char[] chars = buf;
        while (true) {
            int i = pos;
            char ch = 0;
            while (i < end && (ch = chars[i]) != '"' && ch != '\\' && ch >= 0x20) {
                i++;
            }
            pos = i;
            if (pos >= end) {
                throw new JsonSyntaxException(
                        startLine, startCol, "the text that starts here is never closed with a double quote (\")");
            }
            if (ch == '"') {
                String result = out == null
                        ? new String(chars, runStart, pos - runStart)
                        : pairedSurrogatesOnly(out.append(chars, runStart, pos - runStart));
                pos++;
                return result;
            }
            if (ch == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(chars, runStart, pos - runStart);
                pos++;
                out.append(escape());
                runStart = pos;
            } else if (ch == '\n' || ch == '\r') {
                throw new JsonSyntaxException(
                        startLine,
                        startCol,
                        "the text that starts here runs into the "
                                + "next line: close it with a double quote (\") on the same line, or write \\n");
            } else {
                throw error("a control character (U+" + String.format("%04X", (int) ch) + ") inside a text must "
                        + "be written as an escape such as \\t");
            }
        }
    }

    /**
     * The text with each lone surrogate escape (a {@code \\ud83d} without its partner) replaced by U+FFFD.
     * Such a character cannot be written as UTF-8, so saving would silently turn it into '?': replacing it
     * on reading keeps "what was opened is what gets saved" true.
     */
    private static String pairedSurrogatesOnly(StringBuilder text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairStarts = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairStarts) {
                i++;
            } else if (Character.isSurrogate(c)) {
                text.setCharAt(i, '\uFFFD');
            }
        }
        return text.toString();
    }

    private char escape() throws JsonSyntaxException {
        if (pos >= end) {
            throw error("the file ends inside a text");
        }
        char c = buf[pos++];
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (pos + 4 <= end) {
                    try {
                        char u = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
                        if (buf[pos] != '+' && buf[pos] != '-') {
                            pos += 4;
                            return u;
                        }
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                }
                pos -= 2;
                throw error("\\u must be followed by four hex digits, e.g. \\u00e9");
            default:
                pos -= 2;
                throw error("unknown escape '\\" + c + "' in a text; to write a backslash, write \\\\");
        }
    }

    String number() throws JsonSyntaxException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (!isDigit(peek())) {
            throw error("a '-' must be followed by digits");
        }
        if (peek() == '0' && isDigit(peekAt(pos + 1))) {
            throw error("a number must not start with 0 (write 7, not 07)");
        }
        skipDigits();
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("a decimal point must be followed by digits");
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("an exponent must be followed by digits");
            }
            skipDigits();
        }
        if (Character.isLetter(peek())) {
            pos = start;
            throw error("'" + JsonNode.shorten(word()) + "' is not a number; a text value must be in double quotes");
        }
        return s.substring(start, pos);
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    String word() {
        int start = pos;
        while (pos < end && (Character.isLetterOrDigit(buf[pos]) || buf[pos] == '_')) {
            pos++;
        }
        String w = s.substring(start, pos);
        pos = start;
        if (!w.isEmpty() && (w.equals("true") || w.equals("false") || w.equals("null"))) {
            pos = start + w.length();
        }
        return w;
    }

    void skipSpace() throws JsonSyntaxException {
        final char[] chars = buf;
        while (pos < end) {
            char ch = chars[pos];
            if (ch == ' ' || ch == '\t') {
                pos++;
            } else if (ch == '\n') {
                newLine(pos + 1);
            } else if (ch == '\r') {
                if (peekAt(pos + 1) == '\n') {
                    pos++;
                }
                newLine(pos + 1);
            } else if (ch == '/' && (peekAt(pos + 1) == '/' || peekAt(pos + 1) == '*')) {
                throw error("comments are not allowed in JSON");
            } else {
                return;
            }
        }
    }

    private void newLine(int next) {
        pos = next;
        line++;
        lineStart = next;
    }

    JsonSyntaxException error(String message) {
        return new JsonSyntaxException(line, column(), message);
    }

    int column() {
        return pos - lineStart + 1;
    }

    char peek() {
        return peekAt(pos);
    }

    char peekAt(int i) {
        return i < end ? buf[i] : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    String describeHere() {
        if (pos >= end) {
            return "the end of the file";
        }
        int cp = s.codePointAt(pos);
        if (cp < 0x20 || Character.isWhitespace(cp) || Character.isISOControl(cp)) {
            return "the character U+" + String.format("%04X", cp);
        }
        return "'" + new String(Character.toChars(cp)) + "'";
    }
}
