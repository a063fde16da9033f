package org.backsheet.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backsheet.model.Dose;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.Level;
import org.backsheet.model.Origin;
import org.backsheet.model.Position;
import org.backsheet.model.Problem;
import org.backsheet.model.Target;
import org.backsheet.model.figure.Figure;

/** Turns the JSON of an exercise file into an {@link Exercise}, reporting every problem with its field path. */
final class ExerciseReader {

    private ExerciseReader() {}

    static Exercise read(String fileName, byte[] content, Origin origin) throws FileFormatException {
        return read(fileName, content, origin, new ArrayList<>());
    }

    /** Like {@link #read(String, byte[], Origin)}; the warnings of a file that loads go to {@code warnings}. */
    static Exercise read(String fileName, byte[] content, Origin origin, List<Problem> warnings)
            throws FileFormatException {
        JsonNode root = JsonDocument.parseObject(fileName, content);
        Problems problems = new Problems(fileName);
        Exercise exercise = exercise(new JsonFields(root, problems), origin);
        problems.throwIfErrors();
        warnings.addAll(problems.all());
        if (exercise == null) {
            // Every path that gives up reports why; this guards against one that might not.
            throw new FileFormatException(Problem.ofFile(fileName, "the file could not be read"));
        }
        return exercise;
    }

    /** One exercise object, wherever it sits (a file's root, or a copy carried in a sheet); null on errors. */
    static Exercise exercise(JsonFields f, Origin origin) {
        Problems problems = f.problems();
        if (!FormatHeader.check(f, Exercise.FORMAT, Exercise.FORMAT_VERSION, "exercise")) {
            return null;
        }
        String id = f.text("id");
        if (f.get("id") == null) {
            problems.at(f.pathOf("id"), "missing; an exercise needs an id of lower-case letters, digits and dashes");
        } else if (id != null && !Exercise.isValidId(id)) {
            problems.at(
                    f.pathOf("id"),
                    "\"" + JsonNode.shorten(id)
                            + "\" is not a valid id: use lower-case letters, digits "
                            + "and dashes, starting with a letter or digit (e.g. clinic-cat-camel)");
            id = null;
        }
        String name = f.text("name");
        if (f.get("name") == null) {
            problems.at(f.pathOf("name"), "missing; an exercise needs a name");
        } else if (name != null && name.isBlank()) {
            problems.at(f.pathOf("name"), "must not be empty");
            name = null;
        }
        String subtitle = f.text("subtitle");
        Position position = f.choice("position", Position.class);
        ExerciseKind kind = f.choice("kind", ExerciseKind.class);
        Level level = f.choice("level", Level.class);
        List<Target> targets = f.choiceList("targets", Target.class);
        List<Equipment> equipment = f.choiceList("equipment", Equipment.class);
        JsonNode stepsNode = f.get("steps");
        List<String> steps = f.textList("steps");
        if (stepsNode == null) {
            problems.at(f.pathOf("steps"), "missing; an exercise needs at least one step");
        } else if (stepsNode.is(JsonNode.Kind.ARRAY) && stepsNode.elements().isEmpty()) {
            problems.at(f.pathOf("steps"), "must hold at least one step");
        }
        String purpose = f.text("purpose");
        List<String> cautions = f.textList("cautions");
        JsonFields doseFields = f.object("dose");
        Dose dose = doseFields == null ? Dose.EMPTY : DoseJson.read(doseFields);
        EmbeddedImage photo = ImageJson.read(f, "photo");
        Figure figure = FigureJson.read(f, "figure");
        String link = LinkJson.read(f);
        Map<String, ExerciseText> translations = translations(f.object("translations"));
        if (id == null || name == null) {
            return null;
        }
        return Exercise.builder(id, name)
                .subtitle(subtitle)
                .position(position)
                .kind(kind)
                .level(level)
                .targets(targets)
                .equipment(equipment)
                .steps(steps)
                .purpose(purpose)
                .cautions(cautions)
                .dose(dose)
                .figure(figure)
                .photo(photo)
                .link(link)
                .translations(translations)
                .origin(origin)
                .unknownFields(f.unknownFields())
                .build();
    }

    private static Map<String, ExerciseText> translations(JsonFields t) {
        if (t == null) {
            return Map.of();
        }
        Map<String, ExerciseText> out = new LinkedHashMap<>();
        for (JsonNode.Member m : t.node().members()) {
            String language = m.name();
            if (!SheetReader.LANGUAGE.matcher(language).matches()) {
                t.problems()
                        .at(
                                t.pathOf(language),
                                "\"" + JsonNode.shorten(language) + "\" is not a language code such as "
                                        + "es or pt-BR");
                continue;
            }
            JsonFields text = t.object(language);
            if (text == null) {
                continue;
            }
            ExerciseText translated = new ExerciseText(
                    text.text("name"),
                    text.textList("steps"),
                    text.text("purpose"),
                    text.textList("cautions"),
                    text.text("subtitle"));
            out.put(SheetReader.normalLanguage(language), translated);
        }
        return out;
    }
}
