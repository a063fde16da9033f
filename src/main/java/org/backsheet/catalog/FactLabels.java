package org.backsheet.catalog;

import java.util.List;
import java.util.Locale;
import org.backsheet.model.Equipment;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Level;
import org.backsheet.model.Position;
import org.backsheet.model.Target;
import org.backsheet.text.Texts;

/**
 * The plain words for an exercise's facts (position, kind, level, target, equipment) in one language, e.g.
 * {@code LOWER_BACK} is "lower back". Search matches them; filters and handouts can show them.
 */
public final class FactLabels {

    private final Texts texts;

    private FactLabels(Texts texts) {
        this.texts = texts;
    }

    /** The labels in {@code language} (e.g. "es"), falling back to English, never to the machine's locale. */
    public static FactLabels forLanguage(String language) {
        return new FactLabels(Texts.load("org.backsheet.catalog.FactLabels", language));
    }

    public String label(Position value) {
        return lookUp("position", value);
    }

    public String label(ExerciseKind value) {
        return lookUp("kind", value);
    }

    public String label(Level value) {
        return lookUp("level", value);
    }

    public String label(Target value) {
        return lookUp("target", value);
    }

    public String label(Equipment value) {
        return lookUp("equipment", value);
    }

    /** The labels of {@code values}, in order. */
    public List<String> labels(List<Target> values) {
        return values.stream().map(this::label).toList();
    }

    private String lookUp(String group, Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = group + "." + value.name();
        // A value added to the model before its label: readable enough, and search still finds it.
        return texts.has(key)
                ? texts.get(key)
                : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
