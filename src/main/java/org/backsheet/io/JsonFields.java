package org.backsheet.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backsheet.io.JsonNode.Kind;
import org.backsheet.io.JsonNode.Member;
import org.backsheet.model.UnknownFields;

/**
 * Reads the fields of one JSON object, checking each value's type and bounds. A bad value is recorded as a
 * problem naming its path ({@code items[3].reps}) and read as absent, so reading goes on and every problem in
 * the file is found. Fields nobody asked for are the object's unknown fields, kept for re-saving.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Map<String, JsonNode> byName = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();

    JsonFields(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (Member m : node.members()) {
            if (byName.putIfAbsent(m.name(), m.value()) != null) {
                problems.at(pathOf(m.name()), "the field appears more than once; keep only one");
            }
        }
    }

    Problems problems() {
        return problems;
    }

    String path() {
        return path;
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The raw value, or null when absent or JSON null (null means "not given" everywhere in these files). */
    JsonNode get(String name) {
        read.add(name);
        JsonNode value = byName.get(name);
        return value == null || value.is(Kind.NULL) ? null : value;
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    String text(String name) {
        JsonNode v = get(name);
        return v == null ? null : text(v, pathOf(name));
    }

    String text(JsonNode v, String where) {
        if (!v.is(Kind.STRING)) {
            problems.at(where, "must be a text in double quotes, not " + v.describe());
            return null;
        }
        if (v.text().length() > Limits.MAX_TEXT_CHARS) {
            problems.at(where, "the text is too long (" + v.text().length() + " characters); at most "
                    + Limits.MAX_TEXT_CHARS + " are allowed");
            return null;
        }
        return v.text();
    }

    /** A list of texts; a bad entry is reported and left out. */
    List<String> textList(String name) {
        JsonNode v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.is(Kind.ARRAY)) {
            problems.at(pathOf(name), "must be a list of texts [\"...\", \"...\"], not " + v.describe());
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.elements().size(); i++) {
            String t = text(v.elements().get(i), pathOf(name) + "[" + i + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    Integer wholeNumber(String name, int min, int max) {
        JsonNode v = get(name);
        return v == null ? null : wholeNumber(v, pathOf(name), min, max);
    }

    Integer wholeNumber(JsonNode v, String where, int min, int max) {
        if (!v.is(Kind.NUMBER)) {
            problems.at(where, "must be a whole number from " + min + " to " + max + ", not " + v.describe());
            return null;
        }
        String digits = v.text();
        if (digits.length() <= 9 && isPlainInteger(digits)) {
            // The common case, decided without BigDecimal.
            int n = Integer.parseInt(digits);
            if (n < min || n > max) {
                problems.at(where, "must be " + min + " to " + max + ", was " + digits);
                return null;
            }
            return n;
        }
        BigDecimal number = new BigDecimal(digits);
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            problems.at(where, "must be a whole number, was " + v.text());
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.at(where, "must be " + min + " to " + max + ", was " + JsonNode.shorten(v.text()));
            return null;
        }
        return number.intValueExact();
    }

    private static boolean isPlainInteger(String s) {
        for (int i = s.charAt(0) == '-' ? 1 : 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    Boolean bool(String name) {
        JsonNode v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            problems.at(pathOf(name), "must be true or false, not " + v.describe());
            return null;
        }
        return v.is(Kind.TRUE);
    }

    /** The nested object {@code name}, or null when absent or not an object (reported). */
    JsonFields object(String name) {
        JsonNode v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.is(Kind.OBJECT)) {
            problems.at(pathOf(name), "must be an object { ... }, not " + v.describe());
            return null;
        }
        return new JsonFields(v, pathOf(name), problems);
    }

    /** The elements of the list {@code name}, or null when absent or not a list (reported). */
    List<JsonNode> array(String name) {
        JsonNode v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.is(Kind.ARRAY)) {
            problems.at(pathOf(name), "must be a list [ ... ], not " + v.describe());
            return null;
        }
        return v.elements();
    }

    /** One of an enum's names, matched ignoring case; an unknown value names the allowed ones. */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        JsonNode v = get(name);
        return v == null ? null : choice(v, pathOf(name), type);
    }

    <E extends Enum<E>> E choice(JsonNode v, String where, Class<E> type) {
        E[] allowed = type.getEnumConstants();
        if (!v.is(Kind.STRING)) {
            problems.at(where, "must be one of " + names(allowed) + ", not " + v.describe());
            return null;
        }
        String wanted = v.text().trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : allowed) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        problems.at(where, "unknown value \"" + JsonNode.shorten(v.text()) + "\"; allowed: " + names(allowed));
        return null;
    }

    private static String names(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (Enum<?> e : values) {
            b.append(b.length() == 0 ? "" : ", ").append(e.name());
        }
        return b.toString();
    }

    /** A list of enum names; an unknown entry is reported and left out. */
    <E extends Enum<E>> List<E> choiceList(String name, Class<E> type) {
        JsonNode v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.is(Kind.ARRAY)) {
            problems.at(pathOf(name), "must be a list [ ... ], not " + v.describe());
            return null;
        }
        List<E> out = new ArrayList<>();
        for (int i = 0; i < v.elements().size(); i++) {
            E e = choice(v.elements().get(i), pathOf(name) + "[" + i + "]", type);
            if (e != null && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The fields not read so far, as compact JSON text in file order. */
    UnknownFields unknownFields() {
        Map<String, String> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : byName.entrySet()) {
            if (!read.contains(e.getKey())) {
                unknown.put(e.getKey(), e.getValue().toCompactJson());
            }
        }
        return UnknownFields.of(unknown);
    }

    JsonNode node() {
        return node;
    }
}
