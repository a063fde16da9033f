package org.backsheet.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backsheet.model.Exercise;
import org.backsheet.model.Position;
import org.backsheet.model.Sheet;

/**
 * The order in which a sheet's items are printed and numbered. Normally the clinician's order; with "group by
 * position" the items come in groups by position (in the order positions are declared), keeping the
 * clinician's order inside each group, and items without a position or unknown to the catalog come last.
 * The handout and the editor's list both number by this, so the numbers match.
 */
public final class PrintOrder {

    private PrintOrder() {}

    /** The sheet's item indices in printed order. */
    public static List<Integer> of(Sheet sheet, Catalog catalog) {
        List<Integer> order = new ArrayList<>();
        int n = sheet.items().size();
        if (!sheet.groupByPosition()) {
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            return order;
        }
        Map<Position, List<Integer>> byPosition = new EnumMap<>(Position.class);
        List<Integer> other = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Position p = catalog.find(sheet.items().get(i).exerciseId())
                    .map(Exercise::position)
                    .orElse(null);
            if (p == null) {
                other.add(i);
            } else {
                byPosition.computeIfAbsent(p, x -> new ArrayList<>()).add(i);
            }
        }
        byPosition.values().forEach(order::addAll);
        order.addAll(other);
        return order;
    }

    /** The printed number (1-based) of each item, indexed like the sheet's items. */
    public static int[] numbers(Sheet sheet, Catalog catalog) {
        List<Integer> order = of(sheet, catalog);
        int[] numbers = new int[order.size()];
        for (int k = 0; k < order.size(); k++) {
            numbers[order.get(k)] = k + 1;
        }
        return numbers;
    }
}
