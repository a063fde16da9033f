package org.backsheet.io;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.backsheet.io.JsonNode.Kind;

/**
 * Reads JSON numbers exactly, as their text says: a whole number is checked against its bounds without passing
 * through {@code double}, so {@code 100.0} is 100 and {@code 1e2} is 100, while {@code 100.5} and a number of a
 * thousand digits are refused with a message rather than rounded or parsed at length.
 */
final class JsonNumbers {

    /** Longer numbers are out of every bound in these files (exponents such as 1e2 are short). */
    static final int MAX_NUMBER_CHARS = 40;

    private JsonNumbers() {}

    /** {@code v} as a whole number from {@code min} to {@code max}, or null after telling {@code problem} why not. */
    static Integer whole(JsonNode v, int min, int max, Consumer<String> problem) {
        if (!v.is(Kind.NUMBER)) {
            problem.accept("must be a whole number from " + min + " to " + max + ", not " + v.describe());
            return null;
        }
        String digits = v.text();
        if (digits.length() <= 9 && isPlainInteger(digits)) {
            // The common case, decided without BigDecimal.
            int n = Integer.parseInt(digits);
            if (n < min || n > max) {
                problem.accept("must be " + min + " to " + max + ", was " + digits);
                return null;
            }
            return n;
        }
        // Beyond MAX_NUMBER_CHARS a number is far outside any bound; parsing thousands of digits would only cost time.
        BigDecimal number = digits.length() > MAX_NUMBER_CHARS ? null : decimal(digits);
        if (number != null
                && number.signum() != 0
                && number.stripTrailingZeros().scale() > 0) {
            problem.accept("must be a whole number, was " + digits);
            return null;
        }
        if (number == null
                || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem.accept("must be " + min + " to " + max + ", was " + JsonNode.shorten(digits));
            return null;
        }
        return number.intValueExact();
    }

    /**
     * The value of the JSON number {@code v}, or null when it is not a number, is longer than
     * {@link #MAX_NUMBER_CHARS} or has an exponent beyond what any number can hold ({@code 1e-2147483648}).
     */
    static BigDecimal decimal(JsonNode v) {
        return v.is(Kind.NUMBER) && v.text().length() <= MAX_NUMBER_CHARS ? decimal(v.text()) : null;
    }

    private static BigDecimal decimal(String number) {
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
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
}
