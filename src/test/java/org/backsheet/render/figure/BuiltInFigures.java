package org.backsheet.render.figure;

import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Exercise;

/** Test helper: the built-in exercises as the program loads them (assets/exercises through io). */
final class BuiltInFigures {

    private BuiltInFigures() {}

    static Catalog catalog() {
        return BuiltInCatalog.load();
    }

    /** Every built-in exercise, in catalog order; {@code -Dfigures=id,id} keeps only those (for tuning). */
    static List<Exercise> exercises() {
        List<Exercise> all = catalog().all();
        String only = System.getProperty("figures");
        if (only == null || only.isBlank()) {
            return all;
        }
        List<String> ids = List.of(only.split(","));
        return all.stream().filter(e -> ids.contains(e.id())).toList();
    }
}
