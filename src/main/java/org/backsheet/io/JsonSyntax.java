package org.backsheet.io;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.io.JsonNode.Kind;
import org.backsheet.io.JsonNode.Member;

/**
 * A strict JSON parser written for messages: unlike a general library it says, in words a clinic's IT person
 * understands, what is wrong and where ("missing comma", "the text that starts at line 4 is never closed"),
 * and it keeps numbers as written so a reader can tell 2.5 from 2.
 */
final class JsonSyntax {

    /** Deeper nesting than this is refused rather than risking a stack overflow on a hostile file. */
    static final int MAX_DEPTH = 200;

    private final String s;
    /** The text as an array: indexing it directly keeps parsing fast before the JIT warms up (CLI start). */
    private final char[] buf;
    private final int end;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    private JsonSyntax(String text) {
        this.s = text;
        this.buf = text.toCharArray();
        this.end = buf.length;
    }

    /** Parses one JSON value that fills the whole text (surrounding white space allowed). */
    static JsonNode parse(String text) throws JsonSyntaxException {
        JsonSyntax parser = new JsonSyntax(text);
        parser.skipSpace();
        if (parser.pos >= text.length()) {
            throw parser.error("the file holds no JSON data (it is empty or only white space)");
        }
        JsonNode root = parser.value();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected " + parser.describeHere() + " after the end of the data; "
                    + "everything should be inside the outer { }");
        }
        return root;
    }

    private JsonNode value() throws JsonSyntaxException {
        if (pos >= end) {
            throw error("the file ends where a value was expected");
        }
        char c = buf[pos];
        int l = line;
        int col = column();
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return new JsonNode(Kind.STRING, l, col, string(), null, null);
            case '\'':
                throw error("texts must be in double quotes (\"), not single quotes (')");
            default:
                break;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return new JsonNode(Kind.NUMBER, l, col, number(), null, null);
        }
        String word = word();
        switch (word) {
            case "true":
                return new JsonNode(Kind.TRUE, l, col, null, null, null);
            case "false":
                return new JsonNode(Kind.FALSE, l, col, null, null, null);
            case "null":
                return new JsonNode(Kind.NULL, l, col, null, null, null);
            default:
                break;
        }
        if (!word.isEmpty()) {
            throw new JsonSyntaxException(l, col, "unexpected word '" + JsonNode.shorten(word)
                    + "'; a text value must be in double quotes");
        }
        throw error("expected a value (a text in double quotes, a number, true, false, null, [ or {) but found "
                + describeHere());
    }

    private JsonNode object() throws JsonSyntaxException {
        int l = line;
        int col = column();
        enter(l, col);
        pos++; // '{'
        List<Member> members = new ArrayList<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return new JsonNode(Kind.OBJECT, l, col, null, null, List.copyOf(members));
        }
        while (true) {
            skipSpace();
            if (pos >= end) {
                throw unclosed("object", '}', l, col);
            }
            char c = buf[pos];
            if (c == '}') {
                throw error("remove the comma before this '}' (a comma must be followed by another field)");
            }
            if (c == '\'') {
                throw error("field names must be in double quotes (\"), not single quotes (')");
            }
            if (c != '"') {
                throw error("expected a field name in double quotes but found " + describeHere());
            }
            int nameLine = line;
            int nameCol = column();
            String name = string();
            skipSpace();
            if (peek() != ':') {
                if (pos >= end) {
                    throw unclosed("object", '}', l, col);
                }
                throw error("expected ':' after the field name \"" + JsonNode.shorten(name) + "\" but found "
                        + describeHere());
            }
            pos++;
            skipSpace();
            if (pos >= end) {
                throw unclosed("object", '}', l, col);
            }
            members.add(new Member(name, nameLine, nameCol, value()));
            skipSpace();
            if (pos >= end) {
                throw unclosed("object", '}', l, col);
            }
            c = buf[pos];
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                depth--;
                return new JsonNode(Kind.OBJECT, l, col, null, null, List.copyOf(members));
            } else if (c == '"') {
                throw error("missing comma before this field");
            } else {
                throw error("expected ',' or '}' after the value of \"" + JsonNode.shorten(name)
                        + "\" but found " + describeHere());
            }
        }
    }

    private JsonNode array() throws JsonSyntaxException {
        int l = line;
        int col = column();
        enter(l, col);
        pos++; // '['
        List<JsonNode> elements = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return new JsonNode(Kind.ARRAY, l, col, null, List.copyOf(elements), null);
        }
        while (true) {
            skipSpace();
            if (pos >= end) {
                throw unclosed("list", ']', l, col);
            }
            if (buf[pos] == ']') {
                throw error("remove the comma before this ']' (a comma must be followed by another value)");
            }
            elements.add(value());
            skipSpace();
            if (pos >= end) {
                throw unclosed("list", ']', l, col);
            }
            char c = buf[pos];
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                depth--;
                return new JsonNode(Kind.ARRAY, l, col, null, List.copyOf(elements), null);
            } else if (c == '"' || c == '{' || c == '[' || c == '-' || Character.isLetterOrDigit(c)) {
                throw error("missing comma between two values of the list");
            } else {
                throw error("expected ',' or ']' in the list but found " + describeHere());
            }
        }
    }

    private void enter(int l, int col) throws JsonSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw new JsonSyntaxException(l, col, "the data is nested too deeply (more than " + MAX_DEPTH
                    + " levels of [ and {)");
        }
    }

    private String string() throws JsonSyntaxException {
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
                throw new JsonSyntaxException(startLine, startCol,
                        "the text that starts here is never closed with a double quote (\")");
            }
            if (ch == '"') {
                String result = out == null ? new String(chars, runStart, pos - runStart)
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
                throw new JsonSyntaxException(startLine, startCol, "the text that starts here runs into the "
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
            boolean pairStarts = Character.isHighSurrogate(c) && i + 1 < text.length()
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
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
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

    private String number() throws JsonSyntaxException {
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

    private String word() {
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

    private void skipSpace() throws JsonSyntaxException {
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

    private JsonSyntaxException unclosed(String what, char closer, int l, int col) {
        return error("the file ends before the " + what + " opened at line " + l + " column " + col
                + " is closed with '" + closer + "' (is the file cut short?)");
    }

    private JsonSyntaxException error(String message) {
        return new JsonSyntaxException(line, column(), message);
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private char peek() {
        return peekAt(pos);
    }

    private char peekAt(int i) {
        return i < end ? buf[i] : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String describeHere() {
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
