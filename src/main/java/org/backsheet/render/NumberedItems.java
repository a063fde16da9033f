package org.backsheet.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Position;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;

/**
 * The sheet's items in the order they are printed, numbered 1, 2, 3..., with their exercises looked up once.
 * With "group by position" they come in groups (lying, kneeling, sitting, standing...), keeping the
 * clinician's order inside each group; exercises without a position, or missing ones, come last.
 */
final class NumberedItems {

    /** One printed item; {@code exercise} is null when the id is not in the catalog. */
    record Entry(int number, SheetItem item, Exercise exercise) {
    }

    /** Items under one sub-heading; {@code position} is null for the ungrouped list or the "other" group. */
    record Group(Position position, List<Entry> entries) {
    }

    private NumberedItems() {
    }

    static List<Group> of(Sheet sheet, Catalog catalog, Warnings warnings, Messages messages) {
        List<SheetItem> items = sheet.items();
        List<Exercise> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Exercise e = catalog.find(items.get(i).exerciseId()).orElse(null);
            if (e == null) {
                warnings.add(messages.missingExercise(i + 1, items.get(i).exerciseId()));
            }
            found.add(e);
        }
        if (!sheet.groupByPosition()) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                entries.add(new Entry(i + 1, items.get(i), found.get(i)));
            }
            return entries.isEmpty() ? List.of() : List.of(new Group(null, entries));
        }
        Map<Position, List<Integer>> byPosition = new EnumMap<>(Position.class);
        List<Integer> other = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Exercise e = found.get(i);
            if (e == null || e.position() == null) {
                other.add(i);
            } else {
                byPosition.computeIfAbsent(e.position(), p -> new ArrayList<>()).add(i);
            }
        }
        List<Group> groups = new ArrayList<>();
        int number = 1;
        for (Map.Entry<Position, List<Integer>> g : byPosition.entrySet()) {
            List<Entry> entries = new ArrayList<>();
            for (int i : g.getValue()) {
                entries.add(new Entry(number++, items.get(i), found.get(i)));
            }
            groups.add(new Group(g.getKey(), entries));
        }
        if (!other.isEmpty()) {
            List<Entry> entries = new ArrayList<>();
            for (int i : other) {
                entries.add(new Entry(number++, items.get(i), found.get(i)));
            }
            groups.add(new Group(null, entries));
        }
        return groups;
    }

    static List<Entry> flat(List<Group> groups) {
        List<Entry> all = new ArrayList<>();
        for (Group g : groups) {
            all.addAll(g.entries());
        }
        return all;
    }
}
