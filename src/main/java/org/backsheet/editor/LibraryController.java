package org.backsheet.editor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.backsheet.catalog.Catalog;
import org.backsheet.catalog.ExerciseQuery;
import org.backsheet.catalog.ExerciseSearch;
import org.backsheet.model.Exercise;

/** The exercise library pane: the current search and filters, the matching exercises, and adding one. */
public final class LibraryController {

    private Catalog catalog;
    private final ItemsController items;
    private final ExerciseSearch search = new ExerciseSearch();
    private ExerciseQuery filter = ExerciseQuery.ALL;
    private List<Exercise> results;
    private Consumer<List<Exercise>> resultsListener = r -> {};

    LibraryController(Catalog catalog, ItemsController items) {
        this.catalog = catalog;
        this.items = items;
        this.results = catalog.all();
        prepareSearchInBackground(catalog);
    }

    /**
     * Builds the search text ahead of the first keystroke, off the event thread: with a large shared library
     * the first search would otherwise stall the window for a third of a second.
     */
    private void prepareSearchInBackground(Catalog toPrepare) {
        CompletableFuture.runAsync(() -> search.prepare(toPrepare, null));
    }

    /** The view that shows the results; it is told at once and after every change of the filter. */
    public void setResultsListener(Consumer<List<Exercise>> listener) {
        this.resultsListener = listener;
        listener.accept(results);
    }

    public ExerciseQuery filter() {
        return filter;
    }

    public void setFilter(ExerciseQuery newFilter) {
        if (newFilter.equals(filter)) {
            return;
        }
        filter = newFilter;
        results = search.search(catalog, filter, null);
        resultsListener.accept(results);
    }

    public List<Exercise> results() {
        return results;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Shows the library as it is now (an exercise was added, changed or removed): the search runs again. */
    public void setCatalog(Catalog newCatalog) {
        catalog = newCatalog;
        prepareSearchInBackground(newCatalog);
        results = search.search(catalog, filter, null);
        resultsListener.accept(results);
    }

    /** Adds the exercise to the end of the sheet (double-click, Enter, the Add button). */
    public void addToSheet(Exercise exercise) {
        items.add(exercise.id());
    }
}
