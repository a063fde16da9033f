package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Dose;

/** Turns a dose into the table's columns: only the fields that have a value, in plain words. */
final class DoseColumns {

    /** One column: its header ("Hold") and its value split around the number ("", "5", " seconds"). */
    record Column(String header, String before, String number, String after) {

        String value() {
            return before + number + after;
        }
    }

    private DoseColumns() {
    }

    static List<Column> of(Dose dose, Labels labels) {
        List<Column> columns = new ArrayList<>();
        add(columns, labels, "sets", dose.sets());
        add(columns, labels, "reps", dose.reps());
        add(columns, labels, "hold", dose.holdSeconds());
        if (dose.isPerSide()) {
            columns.add(new Column(labels.get("dose.perSide"), labels.get("dose.perSide.value"), "", ""));
        }
        add(columns, labels, "minutes", dose.minutes());
        add(columns, labels, "timesPerDay", dose.timesPerDay());
        add(columns, labels, "daysPerWeek", dose.daysPerWeek());
        return columns;
    }

    /** The dose on one line for the compact sheet, e.g. "10 times, hold 5 s, 2 a day". */
    static String shortText(Dose dose, Labels labels) {
        List<String> parts = new ArrayList<>();
        addShort(parts, labels, "sets", dose.sets());
        addShort(parts, labels, "reps", dose.reps());
        addShort(parts, labels, "hold", dose.holdSeconds());
        if (dose.isPerSide()) {
            parts.add(labels.get("dose.short.perSide"));
        }
        addShort(parts, labels, "minutes", dose.minutes());
        addShort(parts, labels, "timesPerDay", dose.timesPerDay());
        addShort(parts, labels, "daysPerWeek", dose.daysPerWeek());
        return String.join(labels.get("dose.short.separator"), parts);
    }

    private static void add(List<Column> columns, Labels labels, String key, Integer value) {
        if (value == null) {
            return;
        }
        String text = labels.format("dose." + key + ".value", value);
        String number = labels.number(value);
        int at = text.indexOf(number);
        Column column = at < 0
                ? new Column(labels.get("dose." + key), text, "", "")
                : new Column(labels.get("dose." + key), text.substring(0, at), number,
                        text.substring(at + number.length()));
        columns.add(column);
    }

    private static void addShort(List<String> parts, Labels labels, String key, Integer value) {
        if (value != null) {
            parts.add(labels.format("dose.short." + key, value));
        }
    }
}
