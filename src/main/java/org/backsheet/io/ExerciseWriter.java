package org.backsheet.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;

/** Writes an {@link Exercise} as the JSON of docs/formats.md: fixed field order, absent fields left out. */
final class ExerciseWriter {

    private ExerciseWriter() {}

    static String toJson(Exercise e) {
        return JsonOut.object(out -> fields(out, e));
    }

    /** The fields of one exercise object, inside an object already begun (a file, or a sheet's carried copy). */
    static void fields(JsonWriter out, Exercise e) throws IOException {
        {
            out.name("format").value(Exercise.FORMAT);
            out.name("version").value(Exercise.FORMAT_VERSION);
            out.name("id").value(e.id());
            out.name("name").value(e.name());
            JsonOut.text(out, "subtitle", e.subtitle());
            enumValue(out, "position", e.position());
            enumValue(out, "kind", e.kind());
            enumValue(out, "level", e.level());
            out.name("targets").beginArray();
            for (Enum<?> t : e.targets()) {
                out.value(t.name());
            }
            out.endArray();
            out.name("equipment").beginArray();
            for (Enum<?> t : e.equipment()) {
                out.value(t.name());
            }
            out.endArray();
            JsonOut.textList(out, "steps", e.steps());
            JsonOut.text(out, "purpose", e.purpose());
            if (!e.cautions().isEmpty()) {
                JsonOut.textList(out, "cautions", e.cautions());
            }
            if (!e.dose().isEmpty()) {
                out.name("dose").beginObject();
                DoseJson.write(out, e.dose());
                out.endObject();
            }
            FigureJsonWriter.write(out, "figure", e.figure());
            ImageJson.write(out, "photo", e.photo());
            JsonOut.text(out, LinkJson.FIELD, e.link());
            translations(out, e.translations());
            JsonOut.unknown(out, e.unknownFields());
        }
    }

    private static void enumValue(JsonWriter out, String name, Enum<?> value) throws IOException {
        if (value != null) {
            out.name(name).value(value.name().toUpperCase(Locale.ROOT));
        }
    }

    private static void translations(JsonWriter out, Map<String, ExerciseText> translations) throws IOException {
        if (translations.isEmpty()) {
            return;
        }
        out.name("translations").beginObject();
        for (String language : translations.keySet().stream().sorted().toList()) {
            ExerciseText t = translations.get(language);
            out.name(language).beginObject();
            JsonOut.text(out, "name", t.name());
            JsonOut.text(out, "subtitle", t.subtitle());
            if (!t.steps().isEmpty()) {
                JsonOut.textList(out, "steps", t.steps());
            }
            JsonOut.text(out, "purpose", t.purpose());
            if (!t.cautions().isEmpty()) {
                JsonOut.textList(out, "cautions", t.cautions());
            }
            out.endObject();
        }
        out.endObject();
    }
}
