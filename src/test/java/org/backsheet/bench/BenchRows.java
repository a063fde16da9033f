package org.backsheet.bench;

import java.util.Locale;

/** How the benchmarks print: one row a measurement, its name in a column, the numbers in the units used here. */
final class BenchRows {

    private BenchRows() {}

    static void row(String what, String text) {
        row(what, "%s", text);
    }

    static void row(String what, String format, Object... values) {
        System.out.printf(Locale.ROOT, "%-45s %s%n", what, String.format(Locale.ROOT, format, values));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
