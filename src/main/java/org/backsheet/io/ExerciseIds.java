package org.backsheet.io;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import org.backsheet.model.Exercise;

/**
 * Makes exercise ids from names ("Cat–camel, seated" becomes {@code cat-camel-seated}) and finds a free one
 * by numbering ({@code cat-camel-2}, {@code cat-camel-3}, ...), so a new exercise never takes an id in use.
 */
public final class ExerciseIds {

    /** Long enough to tell exercises apart, short enough for a file name on any drive. */
    static final int MAX_LENGTH = 60;

    private static final String FALLBACK = "exercise";

    private ExerciseIds() {}

    /** The id a name suggests: lower-case ASCII letters and digits, words joined by single dashes. */
    public static String fromName(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String plain = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < plain.length() && id.length() < MAX_LENGTH; i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && id.length() > 0) {
                    id.append('-');
                }
                id.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        while (id.length() > 0 && id.charAt(id.length() - 1) == '-') {
            id.setLength(id.length() - 1);
        }
        return id.length() == 0 ? FALLBACK : id.toString();
    }

    /** {@code base} itself when free, else the first free {@code base-2}, {@code base-3}, ... */
    public static String firstFree(String base, Predicate<String> taken) {
        String start = Exercise.isValidId(base) ? base : fromName(base);
        for (int n = 1; ; n++) {
            String candidate = numbered(start, n);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** The n-th candidate for {@code base}: the base itself for 1, then {@code base-n}. */
    static String numbered(String base, int n) {
        if (n <= 1) {
            return base;
        }
        String suffix = "-" + n;
        String head = base.length() + suffix.length() > MAX_LENGTH + 6
                ? base.substring(0, MAX_LENGTH + 6 - suffix.length())
                : base;
        return head + suffix;
    }
}
