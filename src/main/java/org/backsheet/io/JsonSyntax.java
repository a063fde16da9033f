package org.backsheet.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backsheet.io.JsonNode.Kind;
import org.backsheet.io.JsonNode.Member;

/**
 * A strict JSON parser written for messages: unlike a general library it says, in words a clinic's IT person
 * understands, what is wrong and where ("missing comma", "the text that starts at line 4 is never closed"),
 * and it keeps numbers as written so a reader can tell 2.5 from 2.
 */
final class JsonSyntax extends JsonLexer {

    /** Deeper nesting than this is refused rather than risking a stack overflow on a hostile file. */
    static final int MAX_DEPTH = 200;

    /**
     * More values than this are refused: a 40 MB file of {@code 0,0,0,...} in a field nobody reads would
     * otherwise become twenty million objects in memory. A real sheet holds a few thousand.
     */
    static final int MAX_VALUES = 1_000_000;

    private int depth;
    private int values;

    private JsonSyntax(String text) {
        super(text);
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
        if (++values > MAX_VALUES) {
            throw error(String.format(
                    Locale.ROOT,
                    "the file holds more than %,d values; no BackSheet " + "file needs that many",
                    MAX_VALUES));
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
            throw new JsonSyntaxException(
                    l, col, "unexpected word '" + JsonNode.shorten(word) + "'; a text value must be in double quotes");
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
                throw error("expected ',' or '}' after the value of \"" + JsonNode.shorten(name) + "\" but found "
                        + describeHere());
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
            throw new JsonSyntaxException(
                    l, col, "the data is nested too deeply (more than " + MAX_DEPTH + " levels of [ and {)");
        }
    }

    private JsonSyntaxException unclosed(String what, char closer, int l, int col) {
        return error("the file ends before the " + what + " opened at line " + l + " column " + col
                + " is closed with '" + closer + "' (is the file cut short?)");
    }
}
