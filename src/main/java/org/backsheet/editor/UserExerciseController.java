package org.backsheet.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.ExerciseIds;
import org.backsheet.io.LibraryFolder;
import org.backsheet.model.Dose;
import org.backsheet.model.Exercise;
import org.backsheet.model.Level;
import org.backsheet.model.Origin;
import org.backsheet.model.WebLink;

/**
 * Creating, changing, copying and deleting the clinic's own exercises. A built-in exercise is never changed:
 * "Copy to my exercises" starts a new one from it. Every change writes or removes exactly one file in the
 * library folder and then updates the {@link CatalogSource}, so the library list shows it at once.
 */
public final class UserExerciseController {

    /** Why a draft cannot be saved yet; each value names a bundle key the dialog shows. */
    public enum Issue {
        NAME_MISSING("exercise.issue.name"),
        STEPS_MISSING("exercise.issue.steps"),
        /** A step left empty between written ones: saving would silently renumber the steps after it. */
        STEP_BLANK("exercise.issue.stepBlank"),
        LINK_NOT_HTTPS("link.problem.NOT_HTTPS"),
        LINK_HAS_SPACES("link.problem.HAS_SPACES"),
        LINK_TOO_LONG("link.problem.TOO_LONG");

        private final String key;

        Issue(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Thrown when a built-in exercise would be changed or deleted. */
    public static final class BuiltInException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BuiltInException(String id) {
            super("'" + id + "' is a built-in exercise; copy it to your exercises to change it");
        }
    }

    private final CatalogSource source;

    public UserExerciseController(CatalogSource source) {
        this.source = source;
    }

    public CatalogSource source() {
        return source;
    }

    /**
     * The usual dose of a new exercise until the clinician changes it: 10 repetitions twice a day, as most built-in
     * exercises have. A new exercise saved without a dose printed no dose at all on the handout.
     */
    public static final Dose NEW_EXERCISE_DOSE = Dose.EMPTY.withReps(10).withTimesPerDay(2);

    /** A fresh draft for "New exercise…": empty, basic level, one empty step to type into, a usual dose. */
    public Exercise blank() {
        return Exercise.builder("", "")
                .level(Level.BASIC)
                .steps(List.of(""))
                .dose(NEW_EXERCISE_DOSE)
                .origin(Origin.USER)
                .build();
    }

    /** Whether {@code exercise} may be edited or deleted: only the clinic's own. */
    public boolean canChange(Exercise exercise) {
        return exercise != null && exercise.origin() == Origin.USER;
    }

    /** A draft for "Copy to my exercises": everything of the original (picture included), to be saved anew. */
    public Exercise copyOf(Exercise original) {
        return original.withId("").withOrigin(Origin.USER);
    }

    /** What still keeps {@code draft} from being saved; empty when it can be. */
    public List<Issue> check(Exercise draft) {
        List<Issue> issues = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            issues.add(Issue.NAME_MISSING);
        }
        if (tidy(draft).steps().isEmpty()) {
            issues.add(Issue.STEPS_MISSING);
        } else if (draft.steps().stream().anyMatch(String::isBlank)) {
            issues.add(Issue.STEP_BLANK);
        }
        WebLink.check(tidy(draft).link())
                .ifPresent(problem -> issues.add(
                        switch (problem) {
                            case NOT_HTTPS -> Issue.LINK_NOT_HTTPS;
                            case HAS_SPACES -> Issue.LINK_HAS_SPACES;
                            case TOO_LONG -> Issue.LINK_TOO_LONG;
                        }));
        return issues;
    }

    /**
     * Whether {@code draft} says anything {@code original} did not (what Cancel would throw away); differences
     * only in surrounding spaces or empty lines do not count.
     */
    public boolean hasChanges(Exercise original, Exercise draft) {
        return !tidy(original).equals(tidy(draft));
    }

    /** The id a new exercise of this name would get now: from the name, never one in use or built in. */
    public String suggestedId(String name) {
        Catalog catalog = source.current();
        LibraryFolder folder = source.folder();
        return ExerciseIds.firstFree(ExerciseIds.fromName(name), id -> catalog.contains(id) || folder.exists(id));
    }

    /**
     * Saves {@code draft} as a new exercise of the clinic. Its id comes from its name; if a colleague saves one
     * with that id at the same moment, this one takes the next free id. Returns the exercise as saved.
     */
    public Exercise create(Exercise draft) throws IOException {
        requireComplete(draft);
        Catalog catalog = source.current();
        Exercise tidy = tidy(draft).withOrigin(Origin.USER);
        Exercise saved = source.folder().add(tidy.withId(suggestedId(tidy.name())), catalog::contains);
        source.put(saved);
        return saved;
    }

    /** Saves changes to one of the clinic's own exercises over its file; the id stays. */
    public Exercise update(Exercise edited) throws IOException {
        Exercise existing = source.current().find(edited.id()).orElse(null);
        if (existing != null && !canChange(existing) || !Exercise.isValidId(edited.id())) {
            throw new BuiltInException(edited.id());
        }
        requireComplete(edited);
        Exercise tidy = tidy(edited).withOrigin(Origin.USER);
        source.folder().replace(tidy);
        source.put(tidy);
        return tidy;
    }

    /** Removes one of the clinic's own exercises (its file); sheets keep their carried copies. */
    public void delete(Exercise exercise) throws IOException {
        if (!canChange(exercise)) {
            throw new BuiltInException(exercise.id());
        }
        source.folder().delete(exercise.id());
        source.remove(exercise.id());
    }

    /**
     * Adds to the library the exercises a colleague's sheet carries and this library lacks (see
     * {@link CarriedExercises#unknownTo}); each keeps its id unless that is taken meanwhile. Returns them as saved.
     */
    public List<Exercise> adopt(List<Exercise> carried) throws IOException {
        List<Exercise> saved = new ArrayList<>();
        for (Exercise e : carried) {
            if (source.current().contains(e.id()) || check(e).size() > 0) {
                continue;
            }
            Exercise added = source.folder().add(tidy(e).withOrigin(Origin.USER), source.current()::contains);
            source.put(added);
            saved.add(added);
        }
        return saved;
    }

    private void requireComplete(Exercise draft) {
        List<Issue> issues = check(draft);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException("the exercise is not complete: " + issues);
        }
    }

    /** Trims the texts and drops empty steps and cautions (the dialog's list always offers an empty row). */
    static Exercise tidy(Exercise e) {
        return e.toBuilder()
                .name(e.name().strip())
                .steps(nonBlank(e.steps()))
                .purpose(blankToNull(e.purpose()))
                .cautions(nonBlank(e.cautions()))
                .link(blankToNull(e.link()))
                .build();
    }

    private static List<String> nonBlank(List<String> texts) {
        return texts.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
