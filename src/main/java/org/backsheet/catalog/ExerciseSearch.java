package org.backsheet.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.backsheet.model.Exercise;

/**
 * Finds exercises in a catalog as the user types: accent- and case-insensitive, every word must match the
 * start of a word in the name, steps, purpose, targets, facts or id, name matches ranked first.
 *
 * <p>Keep one instance for the life of a window: it remembers the prepared search text per catalog and
 * language (a catalog is immutable, so the text never goes stale; a new catalog gets a new index).
 */
public final class ExerciseSearch {

    private final Map<Catalog, Map<String, SearchIndex>> indexes = new WeakHashMap<>();

    /** The exercises of {@code catalog} that answer {@code query}, searched in {@code language} (null: English). */
    public List<Exercise> search(Catalog catalog, ExerciseQuery query, String language) {
        if (query == null || query.isEmpty()) {
            return catalog.all();
        }
        return indexFor(catalog, language).search(query);
    }

    /**
     * Builds the search text of {@code catalog} in {@code language} now, so the first keystroke does not wait
     * for it; call it off the event thread after loading a catalog. Searching without it works the same.
     */
    public void prepare(Catalog catalog, String language) {
        indexFor(catalog, language);
    }

    /** The prepared index, built on first use; package-private so tests can see it is reused. */
    SearchIndex indexFor(Catalog catalog, String language) {
        String lang = language == null || language.isBlank() ? "en" : language;
        synchronized (indexes) {
            return indexes.computeIfAbsent(catalog, c -> new HashMap<>())
                    .computeIfAbsent(lang, l -> new SearchIndex(catalog, l));
        }
    }
}
