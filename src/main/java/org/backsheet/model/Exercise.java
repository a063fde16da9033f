package org.backsheet.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.backsheet.model.figure.Figure;

/**
 * One exercise of the library: its facts (position, kind, level, targets, equipment), its words in the
 * default language and in translations, its default dose, and its picture (a drawn figure or a photo).
 */
public record Exercise(
        String id,
        String name,
        Position position,
        ExerciseKind kind,
        Level level,
        List<Target> targets,
        List<Equipment> equipment,
        List<String> steps,
        String purpose,
        List<String> cautions,
        Dose dose,
        Figure figure,
        EmbeddedImage photo,
        Map<String, ExerciseText> translations,
        Origin origin,
        UnknownFields unknownFields) {

    /** Ids are lower-case letters, digits and dashes, starting with a letter or digit. */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]*";
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(ID_PATTERN);
    public static final String FORMAT = "backsheet/exercise";
    public static final int FORMAT_VERSION = 1;

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        level = level == null ? Level.BASIC : level;
        targets = targets == null ? List.of() : List.copyOf(targets);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        steps = steps == null ? List.of() : List.copyOf(steps);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        dose = dose == null ? Dose.EMPTY : dose;
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        origin = origin == null ? Origin.BUILT_IN : origin;
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * The words to print in {@code language}: the translation where one exists, field by field completed from
     * the exercise's own text.
     */
    public ExerciseText text(String language) {
        ExerciseText own = new ExerciseText(name, steps, purpose, cautions);
        ExerciseText t = language == null ? null : translations.get(language);
        if (t == null) {
            return own;
        }
        return new ExerciseText(
                t.name() != null ? t.name() : name,
                t.steps().isEmpty() ? steps : t.steps(),
                t.purpose() != null ? t.purpose() : purpose,
                t.cautions().isEmpty() ? cautions : t.cautions());
    }

    public boolean isBuiltIn() {
        return origin == Origin.BUILT_IN;
    }

    public Exercise withOrigin(Origin value) {
        return new Exercise(id, name, position, kind, level, targets, equipment, steps, purpose, cautions, dose,
                figure, photo, translations, value, unknownFields);
    }

    public Exercise withId(String value) {
        return new Exercise(value, name, position, kind, level, targets, equipment, steps, purpose, cautions, dose,
                figure, photo, translations, origin, unknownFields);
    }

    public Exercise withName(String value) {
        return new Exercise(id, value, position, kind, level, targets, equipment, steps, purpose, cautions, dose,
                figure, photo, translations, origin, unknownFields);
    }

    public Exercise withFigure(Figure value) {
        return new Exercise(id, name, position, kind, level, targets, equipment, steps, purpose, cautions, dose,
                value, photo, translations, origin, unknownFields);
    }
}
