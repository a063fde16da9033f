package org.backsheet.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Problem;
import org.backsheet.model.StandardTexts;

/**
 * The exercise library a sheet is rendered against: the built-in exercises plus the clinic's own, and the
 * standard texts (advice, avoid list, disclaimer) per language. Immutable; adding exercises gives a new catalog.
 */
public final class Catalog {

    private final Map<String, Exercise> exercisesById;
    private final Map<String, StandardTexts> textsByLanguage;

    public Catalog(List<Exercise> exercises, Map<String, StandardTexts> textsByLanguage) {
        Map<String, Exercise> byId = new LinkedHashMap<>();
        for (Exercise e : exercises) {
            byId.putIfAbsent(e.id(), e);
        }
        this.exercisesById = Collections.unmodifiableMap(byId);
        this.textsByLanguage = Map.copyOf(textsByLanguage);
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(exercisesById.get(id));
    }

    public boolean contains(String id) {
        return exercisesById.containsKey(id);
    }

    /** Every exercise, built-in ones first in catalog order, then the user's own. */
    public List<Exercise> all() {
        return List.copyOf(exercisesById.values());
    }

    public int size() {
        return exercisesById.size();
    }

    /** The standard texts in {@code language}, falling back to English. */
    public StandardTexts standardTexts(String language) {
        StandardTexts texts = language == null ? null : textsByLanguage.get(language);
        if (texts == null) {
            texts = textsByLanguage.get("en");
        }
        if (texts == null) {
            throw new IllegalStateException("the catalog has no English standard texts");
        }
        return texts;
    }

    /** The languages the standard texts exist in. */
    public List<String> languages() {
        return List.copyOf(textsByLanguage.keySet());
    }

    /**
     * This catalog plus the copies of exercises a sheet carries, for the ids this catalog lacks: a sheet made
     * on a colleague's machine prints the same here. Where both know an id, this catalog's exercise is used.
     */
    public Catalog withCarried(List<Exercise> carried) {
        if (carried == null || carried.stream().allMatch(e -> exercisesById.containsKey(e.id()))) {
            return this;
        }
        List<Exercise> merged = new ArrayList<>(exercisesById.values());
        for (Exercise e : carried) {
            if (!exercisesById.containsKey(e.id())) {
                merged.add(e.withOrigin(Origin.USER));
            }
        }
        return new Catalog(merged, textsByLanguage);
    }

    /**
     * This catalog plus the user's own exercises (marked {@link Origin#USER}). A user exercise whose id is
     * already taken is left out and reported as a warning in {@code problems}: the exercise already here wins.
     */
    public Catalog withUserExercises(List<Exercise> userExercises, List<Problem> problems) {
        List<Exercise> merged = new ArrayList<>(exercisesById.values());
        for (Exercise e : userExercises) {
            if (exercisesById.containsKey(e.id())) {
                problems.add(Problem.atField(
                                e.id() + ".exercise.json",
                                "id",
                                "the id '" + e.id() + "' is taken by a built-in exercise; the built-in one is used")
                        .asWarning());
            } else {
                merged.add(e.withOrigin(Origin.USER));
            }
        }
        return new Catalog(merged, textsByLanguage);
    }
}
