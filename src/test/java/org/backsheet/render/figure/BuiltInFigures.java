package org.backsheet.render.figure;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backsheet.io.FigureJson;
import org.backsheet.model.Problem;
import org.backsheet.model.figure.Figure;

/** Test helper: the figures of the built-in exercises, read straight from assets/exercises, with their names. */
final class BuiltInFigures {

    record Entry(String id, String name, Figure figure) {
    }

    private BuiltInFigures() {
    }

    static List<Entry> load() throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path dir = Path.of("assets", "exercises");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".exercise.json")).sorted().toList()) {
                    JsonObject o = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
                    Figure f = FigureJson.parse(o.get("figure"), file.getFileName().toString(), "figure", problems);
                    if (f != null) {
                        entries.add(new Entry(o.get("id").getAsString(), o.get("name").getAsString(), f));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("bad figures: " + problems);
        }
        if (entries.isEmpty()) {
            entries.addAll(devFigures());
        }
        return entries;
    }

    /** Poses kept beside the tests while the exercise files are written elsewhere. */
    private static List<Entry> devFigures() throws IOException {
        List<Entry> entries = new ArrayList<>();
        var in = BuiltInFigures.class.getResourceAsStream("dev-figures.json");
        if (in == null) {
            return entries;
        }
        List<Problem> problems = new ArrayList<>();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Map<String, JsonElement> all = new LinkedHashMap<>(JsonParser.parseReader(r).getAsJsonObject().asMap());
            for (Map.Entry<String, JsonElement> e : all.entrySet()) {
                Figure f = FigureJson.parse(e.getValue(), "dev-figures.json", e.getKey(), problems);
                if (f != null) {
                    entries.add(new Entry(e.getKey(), e.getKey(), f));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("bad figures: " + problems);
        }
        return entries;
    }
}
