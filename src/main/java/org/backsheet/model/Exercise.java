package org.backsheet.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.backsheet.model.figure.Figure;

/**
 * One exercise of the library: its facts (position, kind, level, targets, equipment), its words in the
 * default language and in translations, its default dose, and its picture (a drawn figure or a photo).
 * Immutable; built only through {@link #builder(String, String)} or {@link #toBuilder()}, so no two of its text
 * fields can be swapped by position.
 */
public final class Exercise {

    /** Ids are lower-case letters, digits and dashes, starting with a letter or digit. */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]*";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    public static final String FORMAT = "backsheet/exercise";
    public static final int FORMAT_VERSION = 1;

    private final String id;
    private final String name;
    private final String subtitle;
    private final Position position;
    private final ExerciseKind kind;
    private final Level level;
    private final List<Target> targets;
    private final List<Equipment> equipment;
    private final List<String> steps;
    private final String purpose;
    private final List<String> cautions;
    private final Dose dose;
    private final Figure figure;
    private final EmbeddedImage photo;
    private final String link;
    private final Map<String, ExerciseText> translations;
    private final Origin origin;
    private final UnknownFields unknownFields;

    Exercise(ExerciseBuilder b) {
        id = Objects.requireNonNull(b.id, "id");
        name = Objects.requireNonNull(b.name, "name");
        subtitle = b.subtitle;
        position = b.position;
        kind = b.kind;
        level = b.level == null ? Level.BASIC : b.level;
        targets = b.targets == null ? List.of() : List.copyOf(b.targets);
        equipment = b.equipment == null ? List.of() : List.copyOf(b.equipment);
        steps = b.steps == null ? List.of() : List.copyOf(b.steps);
        purpose = b.purpose;
        cautions = b.cautions == null ? List.of() : List.copyOf(b.cautions);
        dose = b.dose == null ? Dose.EMPTY : b.dose;
        figure = b.figure;
        photo = b.photo;
        link = b.link;
        translations = b.translations == null ? Map.of() : Map.copyOf(b.translations);
        origin = b.origin == null ? Origin.BUILT_IN : b.origin;
        unknownFields = b.unknownFields == null ? UnknownFields.NONE : b.unknownFields;
    }

    /** A builder for an exercise with this id and name; every other field starts at its default. */
    public static ExerciseBuilder builder(String id, String name) {
        return new ExerciseBuilder().id(id).name(name);
    }

    /** A builder holding this exercise's values, to change several at once. */
    public ExerciseBuilder toBuilder() {
        return new ExerciseBuilder(this);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Plain words for what the name means, printed under it; null when the name says it plainly. */
    public String subtitle() {
        return subtitle;
    }

    public Position position() {
        return position;
    }

    public ExerciseKind kind() {
        return kind;
    }

    public Level level() {
        return level;
    }

    public List<Target> targets() {
        return targets;
    }

    public List<Equipment> equipment() {
        return equipment;
    }

    public List<String> steps() {
        return steps;
    }

    public String purpose() {
        return purpose;
    }

    public List<String> cautions() {
        return cautions;
    }

    public Dose dose() {
        return dose;
    }

    public Figure figure() {
        return figure;
    }

    public EmbeddedImage photo() {
        return photo;
    }

    /** A video or web page showing the exercise ({@link WebLink}), or null. */
    public String link() {
        return link;
    }

    public Map<String, ExerciseText> translations() {
        return translations;
    }

    public Origin origin() {
        return origin;
    }

    public UnknownFields unknownFields() {
        return unknownFields;
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * The words to print in {@code language}: the translation where one exists, field by field completed from
     * the exercise's own text. The subtitle goes with the name it explains: a translated name takes the
     * translation's subtitle (or none), never the subtitle of the other language.
     */
    public ExerciseText text(String language) {
        ExerciseText own = new ExerciseText(name, steps, purpose, cautions, subtitle);
        ExerciseText t = language == null ? null : translations.get(language);
        if (t == null) {
            return own;
        }
        return new ExerciseText(
                t.name() != null ? t.name() : name,
                t.steps().isEmpty() ? steps : t.steps(),
                t.purpose() != null ? t.purpose() : purpose,
                t.cautions().isEmpty() ? cautions : t.cautions(),
                t.name() != null ? t.subtitle() : subtitle);
    }

    public boolean isBuiltIn() {
        return origin == Origin.BUILT_IN;
    }

    public Exercise withOrigin(Origin value) {
        return toBuilder().origin(value).build();
    }

    public Exercise withId(String value) {
        return toBuilder().id(value).build();
    }

    public Exercise withName(String value) {
        return toBuilder().name(value).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exercise e
                && Objects.equals(id, e.id)
                && Objects.equals(name, e.name)
                && Objects.equals(subtitle, e.subtitle)
                && Objects.equals(position, e.position)
                && Objects.equals(kind, e.kind)
                && Objects.equals(level, e.level)
                && Objects.equals(targets, e.targets)
                && Objects.equals(equipment, e.equipment)
                && Objects.equals(steps, e.steps)
                && Objects.equals(purpose, e.purpose)
                && Objects.equals(cautions, e.cautions)
                && Objects.equals(dose, e.dose)
                && Objects.equals(figure, e.figure)
                && Objects.equals(photo, e.photo)
                && Objects.equals(link, e.link)
                && Objects.equals(translations, e.translations)
                && Objects.equals(origin, e.origin)
                && Objects.equals(unknownFields, e.unknownFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                name,
                subtitle,
                position,
                kind,
                level,
                targets,
                equipment,
                steps,
                purpose,
                cautions,
                dose,
                figure,
                photo,
                link,
                translations,
                origin,
                unknownFields);
    }

    @Override
    public String toString() {
        return "Exercise[" + id + ", " + name + ", " + origin + "]";
    }
}
