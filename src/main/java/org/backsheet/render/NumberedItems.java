package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.catalog.PrintOrder;
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
    record Entry(int number, SheetItem item, Exercise exercise) {}

    /** Items under one sub-heading; {@code position} is null for the ungrouped list or the "other" group. */
    record Group(Position position, List<Entry> entries) {}

    private NumberedItems() {}

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
        // The order is PrintOrder's (the editor numbers its list by it too); here it is cut into groups.
        List<Group> groups = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Position current = null;
        int number = 1;
        for (int i : PrintOrder.of(sheet, catalog)) {
            Exercise e = found.get(i);
            Position p = e == null ? null : e.position();
            if (!entries.isEmpty() && p != current) {
                groups.add(new Group(current, entries));
                entries = new ArrayList<>();
            }
            current = p;
            entries.add(new Entry(number++, items.get(i), e));
        }
        if (!entries.isEmpty()) {
            groups.add(new Group(current, entries));
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
