package org.backsheet.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 *
 * <p>Paths are only spelled out when a problem is reported: a good file is read without building them, which
 * keeps the command line's start quick.
 */
final class JsonFields {

    private final JsonNode node;
    private final JsonFields parent;
    private final String name;
    private final int index;
    private final Problems problems;
    private final Map<String, JsonNode> byName;
    private final Set<String> read = new HashSet<>();
    private String path;

    /** The fields of the file's top-level object. */
    JsonFields(JsonNode node, Problems problems) {
        this(node, null, "", -1, problems);
    }

    private JsonFields(JsonNode node, JsonFields parent, String name, int index, Problems problems) {
        this.node = node;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.problems = problems;
        this.byName = new HashMap<>(node.members().size() * 2);
        for (Member m : node.members()) {
            if (byName.putIfAbsent(m.name(), m.value()) != null) {
                problems.at(pathOf(m.name()), "the field appears more than once; keep only one");
            }
        }
    }

    /** The object that is element {@code i} of the list in field {@code listName}, e.g. {@code items[3]}. */
    JsonFields element(JsonNode element, String listName, int i) {
        return new JsonFields(element, this, listName, i, problems);
    }

    Problems problems() {
        return problems;
    }

    /** Where this object is, e.g. {@code items[3]} or {@code clinic}; empty for the top level. */
    String path() {
        if (path == null) {
            path = parent == null ? name : parent.pathOf(name, index);
        }
        return path;
    }

    String pathOf(String field) {
        return path().isEmpty() ? field : path() + "." + field;
    }

    String pathOf(String field, int i) {
        return i < 0 ? pathOf(field) : pathOf(field) + "[" + i + "]";
    }

    /** The raw value, or null when absent or JSON null (null means "not given" everywhere in these files). */
    JsonNode get(String field) {
        read.add(field);
        JsonNode value = byName.get(field);
        return value == null || value.is(Kind.NULL) ? null : value;
    }

    boolean has(String field) {
        return byName.containsKey(field);
    }

    String text(String field) {
        JsonNode v = get(field);
        return v == null ? null : text(v, field, -1);
    }

    /** The text {@code v} found in {@code field} (at {@code i} when the field is a list, else -1). */
    String text(JsonNode v, String field, int i) {
        if (!v.is(Kind.STRING)) {
            problems.at(pathOf(field, i), "must be a text in double quotes, not " + v.describe());
            return null;
        }
        if (v.text().length() > Limits.MAX_TEXT_CHARS) {
            problems.at(
                    pathOf(field, i),
                    "the text is too long (" + v.text().length() + " characters); at most " + Limits.MAX_TEXT_CHARS
                            + " are allowed");
            return null;
        }
        problems.countText(v.text().length());
        return v.text();
    }

    /** A list of texts; a bad entry is reported and left out. */
    List<String> textList(String field) {
        return list(field, "a list of texts [\"...\", \"...\"]", (entry, i) -> text(entry, field, i));
    }

    /** Reads one entry of a list; null leaves it out (after reporting why). */
    private interface EntryReader<T> {
        T read(JsonNode entry, int index);
    }

    /** The entries of the list in {@code field}, each read by {@code reader}; null when absent or not a list. */
    private <T> List<T> list(String field, String shape, EntryReader<T> reader) {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.is(Kind.ARRAY)) {
            problems.at(pathOf(field), "must be " + shape + ", not " + v.describe());
            return null;
        }
        List<T> out = new ArrayList<>(v.elements().size());
        for (int i = 0; i < v.elements().size(); i++) {
            T t = reader.read(v.elements().get(i), i);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    Integer wholeNumber(String field, int min, int max) {
        JsonNode v = get(field);
        return v == null ? null : wholeNumber(v, field, min, max);
    }

    Integer wholeNumber(JsonNode v, String field, int min, int max) {
        return JsonNumbers.whole(v, min, max, message -> problems.at(pathOf(field), message));
    }

    Boolean bool(String field) {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            problems.at(pathOf(field), "must be true or false, not " + v.describe());
            return null;
        }
        return v.is(Kind.TRUE);
    }

    /** The nested object in {@code field}, or null when absent or not an object (reported). */
    JsonFields object(String field) {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.is(Kind.OBJECT)) {
            problems.at(pathOf(field), "must be an object { ... }, not " + v.describe());
            return null;
        }
        return new JsonFields(v, this, field, -1, problems);
    }

    /** The elements of the list in {@code field}, or null when absent or not a list (reported). */
    List<JsonNode> array(String field) {
        return list(field, "a list [ ... ]", (entry, i) -> entry);
    }

    /** One of an enum's names, by the one rule of {@link JsonChoices}. */
    <E extends Enum<E>> E choice(String field, Class<E> type) {
        JsonNode v = get(field);
        return v == null ? null : choice(v, field, -1, type);
    }

    private <E extends Enum<E>> E choice(JsonNode v, String field, int i, Class<E> type) {
        return JsonChoices.choice(v, type, message -> problems.at(pathOf(field, i), message));
    }

    /** A list of enum names; an unknown entry is reported and left out, a repeated one kept once. */
    <E extends Enum<E>> List<E> choiceList(String field, Class<E> type) {
        List<E> all = list(field, "a list [ ... ]", (entry, i) -> choice(entry, field, i, type));
        return all == null ? null : new ArrayList<>(new LinkedHashSet<>(all));
    }

    /** The fields not read so far, as compact JSON text in file order. */
    UnknownFields unknownFields() {
        Map<String, String> unknown = null;
        long unknownChars = 0;
        for (Member m : node.members()) {
            if (!read.contains(m.name()) && (unknown == null || !unknown.containsKey(m.name()))) {
                if (unknown == null) {
                    unknown = new LinkedHashMap<>();
                }
                String json = m.value().toCompactJson();
                unknownChars += json.length();
                if (unknownChars > Limits.MAX_UNKNOWN_CHARS) {
                    problems.at(
                            pathOf(m.name()),
                            String.format(
                                    Locale.ROOT,
                                    "this version does not know "
                                            + "this field, and the unknown fields here hold more than %,d characters; remove them",
                                    Limits.MAX_UNKNOWN_CHARS));
                    return UnknownFields.NONE;
                }
                unknown.put(m.name(), json);
            }
        }
        return unknown == null ? UnknownFields.NONE : UnknownFields.of(unknown);
    }

    JsonNode node() {
        return node;
    }
}
