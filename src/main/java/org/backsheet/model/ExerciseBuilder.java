package org.backsheet.model;

import java.util.List;
import java.util.Map;
import org.backsheet.model.figure.Figure;

/**
 * Collects an {@link Exercise}'s values by name ({@link Exercise#builder(String, String)},
 * {@link Exercise#toBuilder()}); unset values take their defaults (basic level, no targets, empty dose ...).
 */
public final class ExerciseBuilder {
    // Package-private: the Exercise constructor reads them.
    String id;
    String name;
    String subtitle;
    Position position;
    ExerciseKind kind;
    Level level;
    List<Target> targets;
    List<Equipment> equipment;
    List<String> steps;
    String purpose;
    List<String> cautions;
    Dose dose;
    Figure figure;
    EmbeddedImage photo;
    String link;
    Map<String, ExerciseText> translations;
    Origin origin;
    UnknownFields unknownFields;

    ExerciseBuilder() {}

    ExerciseBuilder(Exercise e) {
        id = e.id();
        name = e.name();
        subtitle = e.subtitle();
        position = e.position();
        kind = e.kind();
        level = e.level();
        targets = e.targets();
        equipment = e.equipment();
        steps = e.steps();
        purpose = e.purpose();
        cautions = e.cautions();
        dose = e.dose();
        figure = e.figure();
        photo = e.photo();
        link = e.link();
        translations = e.translations();
        origin = e.origin();
        unknownFields = e.unknownFields();
    }

    public ExerciseBuilder id(String v) {
        id = v;
        return this;
    }

    public ExerciseBuilder name(String v) {
        name = v;
        return this;
    }

    /** The plain-words line under a name a patient may not know; null for none. */
    public ExerciseBuilder subtitle(String v) {
        subtitle = v;
        return this;
    }

    public ExerciseBuilder position(Position v) {
        position = v;
        return this;
    }

    public ExerciseBuilder kind(ExerciseKind v) {
        kind = v;
        return this;
    }

    public ExerciseBuilder level(Level v) {
        level = v;
        return this;
    }

    public ExerciseBuilder targets(List<Target> v) {
        targets = v;
        return this;
    }

    public ExerciseBuilder equipment(List<Equipment> v) {
        equipment = v;
        return this;
    }

    public ExerciseBuilder steps(List<String> v) {
        steps = v;
        return this;
    }

    public ExerciseBuilder purpose(String v) {
        purpose = v;
        return this;
    }

    public ExerciseBuilder cautions(List<String> v) {
        cautions = v;
        return this;
    }

    public ExerciseBuilder dose(Dose v) {
        dose = v;
        return this;
    }

    public ExerciseBuilder figure(Figure v) {
        figure = v;
        return this;
    }

    public ExerciseBuilder photo(EmbeddedImage v) {
        photo = v;
        return this;
    }

    public ExerciseBuilder link(String v) {
        link = v;
        return this;
    }

    public ExerciseBuilder translations(Map<String, ExerciseText> v) {
        translations = v;
        return this;
    }

    public ExerciseBuilder origin(Origin v) {
        origin = v;
        return this;
    }

    public ExerciseBuilder unknownFields(UnknownFields v) {
        unknownFields = v;
        return this;
    }

    public Exercise build() {
        return new Exercise(this);
    }
}
