package org.backsheet.io;

import java.util.List;

/**
 * One value of a parsed JSON text together with the line and column where it starts, so that a problem found
 * later (a wrong type, a number out of range) can still point at the place in the file.
 *
 * @param text the characters of a string, or the number exactly as written (so 2.5 and 1e3 stay recognisable)
 */
record JsonNode(Kind kind, int line, int column, String text, List<JsonNode> elements, List<Member> members) {

    /** The JSON value types. */
    enum Kind {
        OBJECT,
        ARRAY,
        STRING,
        NUMBER,
        TRUE,
        FALSE,
        NULL
    }

    /** One {@code "name": value} pair of an object, in file order (duplicates are kept; readers report them). */
    record Member(String name, int line, int column, JsonNode value) {}

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isBoolean() {
        return kind == Kind.TRUE || kind == Kind.FALSE;
    }

    /** What the value is, in words, for messages like "must be a number, not a text". */
    String describe() {
        return switch (kind) {
            case OBJECT -> "an object {...}";
            case ARRAY -> "a list [...]";
            case STRING -> "a text (\"" + shorten(text) + "\")";
            case NUMBER -> "a number (" + shorten(text) + ")";
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "null";
        };
    }

    /** A value cut to a length that fits into a one-line message. */
    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** The value as compact JSON text: the canonical form kept for fields this version does not know. */
    String toCompactJson() {
        StringBuilder out = new StringBuilder();
        appendCompact(out);
        return out.toString();
    }

    private void appendCompact(StringBuilder out) {
        switch (kind) {
            case OBJECT -> {
                out.append('{');
                for (int i = 0; i < members.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    appendQuoted(out, members.get(i).name());
                    out.append(':');
                    members.get(i).value().appendCompact(out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < elements.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    elements.get(i).appendCompact(out);
                }
                out.append(']');
            }
            case STRING -> appendQuoted(out, text);
            case NUMBER -> out.append(text);
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
        }
    }

    private static void appendQuoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
