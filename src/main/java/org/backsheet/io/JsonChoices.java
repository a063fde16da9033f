package org.backsheet.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.backsheet.io.JsonNode.Kind;

/**
 * The one rule for a value from a fixed list (an enum) in every file: matched ignoring case, with {@code -} or a
 * space standing for {@code _} ({@code "lying-on-back"} is {@code LYING_ON_BACK}); anything else is refused
 * with a message that lists the allowed names.
 */
final class JsonChoices {

    private JsonChoices() {}

    /** The constant of {@code type} that {@code v} names, or null after telling {@code problem} why not. */
    static <E extends Enum<E>> E choice(JsonNode v, Class<E> type, Consumer<String> problem) {
        E[] allowed = type.getEnumConstants();
        if (!v.is(Kind.STRING)) {
            problem.accept("must be one of " + names(allowed) + ", not " + v.describe());
            return null;
        }
        String wanted =
                v.text().trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : allowed) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        problem.accept("unknown value \"" + JsonNode.shorten(v.text()) + "\"; allowed: " + names(allowed));
        return null;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
