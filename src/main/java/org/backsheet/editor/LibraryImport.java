package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.ExerciseArchive;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.io.ExerciseIds;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Problem;

/**
 * Import and export of exercises as a folder or a zip. An import first becomes a {@link Plan}: what is new,
 * what is already here unchanged, and what clashes with an exercise of the same id but other content; for each
 * clash the user chooses, then {@link #apply} writes the files.
 */
public final class LibraryImport {

    /** How one incoming exercise relates to the library. */
    public enum Status {
        /** No exercise has this id: it is added. */
        NEW,
        /** The library has exactly this exercise already: nothing to do. */
        SAME,
        /** One of the clinic's own exercises has this id but other content: the user chooses. */
        CONFLICT,
        /** A built-in exercise has this id: it can only come in as a copy with a new id. */
        BUILT_IN_ID
    }

    /** What to do with a clash. */
    public enum Choice {
        KEEP_MINE,
        REPLACE,
        IMPORT_AS_COPY
    }

    /** One exercise of the source, with the library's exercise of the same id (null when none). */
    public record Incoming(Exercise exercise, Exercise existing, Status status) {
        /** The choice that changes nothing the user has: keep theirs, or add a copy where that is harmless. */
        public Choice defaultChoice() {
            return status == Status.BUILT_IN_ID ? Choice.IMPORT_AS_COPY : Choice.KEEP_MINE;
        }
    }

    /** What an import would do, and the problems met reading the source. */
    public record Plan(Path source, List<Incoming> incoming, List<Problem> problems) {
        public List<Incoming> conflicts() {
            return incoming.stream()
                    .filter(i -> i.status() == Status.CONFLICT || i.status() == Status.BUILT_IN_ID)
                    .toList();
        }

        public long count(Status status) {
            return incoming.stream().filter(i -> i.status() == status).count();
        }
    }

    /** What an import did. */
    public record Result(int added, int replaced, int copied, int unchanged, int kept) {}

    private final CatalogSource source;
    private final UserExerciseController exercises;

    public LibraryImport(CatalogSource source, UserExerciseController exercises) {
        this.source = source;
        this.exercises = exercises;
    }

    /** Reads a folder or zip and compares it with the library; changes nothing yet. */
    public Plan plan(Path from) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Exercise> found = ExerciseArchive.read(from, problems);
        Catalog catalog = source.current();
        List<Incoming> incoming = new ArrayList<>();
        for (Exercise e : found) {
            Exercise existing = catalog.find(e.id()).orElse(null);
            Status status;
            if (existing == null) {
                status = Status.NEW;
            } else if (sameContent(existing, e)) {
                status = Status.SAME;
            } else if (existing.origin() == Origin.BUILT_IN) {
                status = Status.BUILT_IN_ID;
            } else {
                status = Status.CONFLICT;
            }
            incoming.add(new Incoming(e.withOrigin(Origin.USER), existing, status));
        }
        return new Plan(from, incoming, problems);
    }

    /**
     * Writes the plan: new exercises are added (an id taken meanwhile gets the next free one), and each clash
     * follows {@code choices} by id (missing: {@link Incoming#defaultChoice()}). A copy gets a fresh id.
     */
    public Result apply(Plan plan, Map<String, Choice> choices) throws IOException {
        int added = 0;
        int replaced = 0;
        int copied = 0;
        int unchanged = 0;
        int kept = 0;
        for (Incoming in : plan.incoming()) {
            Exercise e = in.exercise();
            switch (in.status()) {
                case SAME -> unchanged++;
                case NEW -> {
                    Exercise saved = source.folder().add(e, source.current()::contains);
                    source.put(saved);
                    added++;
                }
                case CONFLICT, BUILT_IN_ID -> {
                    Choice choice = Objects.requireNonNullElse(choices.get(e.id()), in.defaultChoice());
                    if (choice == Choice.REPLACE && in.status() == Status.CONFLICT) {
                        source.folder().replace(e);
                        source.put(e);
                        replaced++;
                    } else if (choice == Choice.KEEP_MINE) {
                        kept++;
                    } else {
                        String id = ExerciseIds.firstFree(
                                e.id(),
                                i -> source.current().contains(i)
                                        || source.folder().exists(i));
                        Exercise saved = source.folder().add(e.withId(id), source.current()::contains);
                        source.put(saved);
                        copied++;
                    }
                }
                default -> throw new IllegalStateException(in.status().name());
            }
        }
        return new Result(added, replaced, copied, unchanged, kept);
    }

    /** Writes the clinic's own exercises to a folder or a zip (by the name's ending); returns how many. */
    public int exportMine(Path target) throws IOException {
        List<Exercise> mine =
                source.current().all().stream().filter(exercises::canChange).toList();
        ExerciseArchive.write(mine, target);
        return mine.size();
    }

    /** Same words, facts, dose and picture: what the files would say, apart from where they came from. */
    static boolean sameContent(Exercise a, Exercise b) {
        return ExerciseFiles.toJson(a).equals(ExerciseFiles.toJson(b));
    }
}
