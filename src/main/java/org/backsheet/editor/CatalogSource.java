package org.backsheet.editor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.LibraryFolder;
import org.backsheet.io.LibraryWatcher;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;

/**
 * The catalog the editor works with right now: the built-in exercises plus the clinic's own from the library
 * folder. It changes when this editor saves an exercise and when someone else changes the folder (see
 * {@link org.backsheet.io.LibraryWatcher}); listeners are told the new catalog on the given executor (the
 * Swing event thread in the program, the calling thread in tests).
 */
public final class CatalogSource {

    private final Catalog builtIn;
    private final Executor notifyOn;
    private final List<Consumer<Catalog>> listeners = new CopyOnWriteArrayList<>();
    private LibraryFolder folder;
    private Map<String, Exercise> userById = new LinkedHashMap<>();
    private List<Problem> problems = List.of();
    private Catalog current;
    private LibraryWatcher watcher;
    private Duration watchEvery;

    public CatalogSource(Catalog builtIn, Path folder, Executor notifyOn) {
        this.builtIn = builtIn;
        this.notifyOn = notifyOn;
        this.folder = new LibraryFolder(folder);
        this.current = builtIn;
    }

    /** Loads the folder now (on the calling thread); returns the problems met. */
    public List<Problem> load() {
        List<Problem> found = new ArrayList<>();
        List<Exercise> exercises = folder().load(found, builtIn::contains);
        replaceAll(exercises, found);
        return found;
    }

    public synchronized Catalog current() {
        return current;
    }

    public Catalog builtIn() {
        return builtIn;
    }

    public synchronized LibraryFolder folder() {
        return folder;
    }

    /** Where the library's files are. */
    public Path folderPath() {
        return folder().folder();
    }

    /** Problems of the last load (bad files, clashes with built-in ids), for the status line. */
    public synchronized List<Problem> problems() {
        return problems;
    }

    /** Moves to another library folder (the preferences' "Library folder…") and loads it. */
    public List<Problem> switchTo(Path newFolder) {
        Duration every;
        synchronized (this) {
            folder = new LibraryFolder(newFolder);
            every = watchEvery;
        }
        List<Problem> found = load();
        if (every != null) {
            startWatching(every);
        }
        return found;
    }

    /** Keeps following the folder at the usual pace ({@link LibraryWatcher#DEFAULT_POLL}). */
    public void startWatching() {
        startWatching(LibraryWatcher.DEFAULT_POLL);
    }

    /**
     * Keeps following the folder: files others add, change or remove update the catalog within about
     * {@code every} (sooner where the system reports changes). Replaces an earlier watcher.
     */
    public void startWatching(Duration every) {
        LibraryWatcher fresh = new LibraryWatcher(folder().folder(), every, this::replaceAll);
        LibraryWatcher old;
        synchronized (this) {
            old = watcher;
            watcher = fresh;
            watchEvery = every;
        }
        if (old != null) {
            old.close();
        }
    }

    /** Stops following the folder (the window closes). */
    public void stopWatching() {
        LibraryWatcher old;
        synchronized (this) {
            old = watcher;
            watcher = null;
            watchEvery = null;
        }
        if (old != null) {
            old.close();
        }
    }

    /** The user's exercises as found in the folder (after a load or a watcher's report). */
    public void replaceAll(List<Exercise> exercises, List<Problem> found) {
        Map<String, Exercise> byId = new LinkedHashMap<>();
        for (Exercise e : exercises) {
            byId.putIfAbsent(e.id(), e);
        }
        update(byId, found);
    }

    /** One exercise this editor just saved, shown at once without waiting for the folder to be read again. */
    public void put(Exercise exercise) {
        Map<String, Exercise> byId;
        List<Problem> found;
        synchronized (this) {
            byId = new LinkedHashMap<>(userById);
            found = problems;
        }
        byId.put(exercise.id(), exercise);
        update(byId, found);
    }

    /** One exercise this editor just deleted. */
    public void remove(String id) {
        Map<String, Exercise> byId;
        List<Problem> found;
        synchronized (this) {
            byId = new LinkedHashMap<>(userById);
            found = problems;
        }
        if (byId.remove(id) != null) {
            update(byId, found);
        }
    }

    public void addListener(Consumer<Catalog> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Catalog> listener) {
        listeners.remove(listener);
    }

    private void update(Map<String, Exercise> byId, List<Problem> found) {
        List<Problem> merged = new ArrayList<>(found);
        Catalog catalog = builtIn.withUserExercises(sortedByName(byId), merged);
        Catalog changed;
        synchronized (this) {
            userById = byId;
            problems = List.copyOf(merged);
            changed = catalog.all().equals(current.all()) ? null : catalog;
            if (changed != null) {
                current = changed;
            }
        }
        if (changed != null) {
            notifyOn.execute(() -> listeners.forEach(l -> l.accept(changed)));
        }
    }

    private static List<Exercise> sortedByName(Map<String, Exercise> byId) {
        List<Exercise> list = new ArrayList<>(byId.values());
        list.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return list;
    }
}
