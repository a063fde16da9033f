package org.backsheet.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Level;
import org.backsheet.model.Origin;
import org.backsheet.model.Position;

/**
 * What the library panel asks for: words to find and the filters ticked. An empty set or a null origin means
 * "any"; within one filter the values are alternatives (sitting OR standing), and different filters must all
 * hold. Equipment matches an exercise that uses at least one of the chosen items.
 */
public record ExerciseQuery(
        String text,
        Set<Position> positions,
        Set<ExerciseKind> kinds,
        Set<Equipment> equipment,
        Set<Level> levels,
        Origin origin) {

    /** Every exercise, in catalog order. */
    public static final ExerciseQuery ALL = new ExerciseQuery("", Set.of(), Set.of(), Set.of(), Set.of(), null);

    public ExerciseQuery {
        text = text == null ? "" : text;
        positions = positions == null ? Set.of() : Set.copyOf(positions);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        equipment = equipment == null ? Set.of() : Set.copyOf(equipment);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
    }

    /** A query that looks only for {@code text}. */
    public static ExerciseQuery forText(String text) {
        return ALL.withText(text);
    }

    public ExerciseQuery withText(String value) {
        return new ExerciseQuery(value, positions, kinds, equipment, levels, origin);
    }

    public ExerciseQuery withPositions(Collection<Position> value) {
        return new ExerciseQuery(text, value == null ? null : Set.copyOf(value), kinds, equipment, levels, origin);
    }

    public ExerciseQuery withPositions(Position... value) {
        return withPositions(Arrays.asList(value));
    }

    public ExerciseQuery withKinds(Collection<ExerciseKind> value) {
        return new ExerciseQuery(text, positions, value == null ? null : Set.copyOf(value), equipment, levels, origin);
    }

    public ExerciseQuery withKinds(ExerciseKind... value) {
        return withKinds(Arrays.asList(value));
    }

    public ExerciseQuery withEquipment(Collection<Equipment> value) {
        return new ExerciseQuery(text, positions, kinds, value == null ? null : Set.copyOf(value), levels, origin);
    }

    public ExerciseQuery withEquipment(Equipment... value) {
        return withEquipment(Arrays.asList(value));
    }

    public ExerciseQuery withLevels(Collection<Level> value) {
        return new ExerciseQuery(text, positions, kinds, equipment, value == null ? null : Set.copyOf(value), origin);
    }

    public ExerciseQuery withLevels(Level... value) {
        return withLevels(Arrays.asList(value));
    }

    /** Only built-in or only the clinic's own exercises; null for both. */
    public ExerciseQuery withOrigin(Origin value) {
        return new ExerciseQuery(text, positions, kinds, equipment, levels, value);
    }

    /** True when the query neither searches nor filters: the whole catalog is shown. */
    public boolean isEmpty() {
        return text.isBlank() && !hasFilters();
    }

    /** True when at least one filter (not the text) is set. */
    public boolean hasFilters() {
        return !positions.isEmpty() || !kinds.isEmpty() || !equipment.isEmpty() || !levels.isEmpty() || origin != null;
    }

    /** Whether {@code exercise} passes the filters; the text is matched by {@link ExerciseSearch}. */
    public boolean passesFilters(Exercise exercise) {
        return (positions.isEmpty() || positions.contains(exercise.position()))
                && (kinds.isEmpty() || kinds.contains(exercise.kind()))
                && (levels.isEmpty() || levels.contains(exercise.level()))
                && (origin == null || origin == exercise.origin())
                && (equipment.isEmpty() || exercise.equipment().stream().anyMatch(equipment::contains));
    }
}
