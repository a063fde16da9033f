package org.backsheet.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.StandardTexts;

/**
 * The exercises and standard texts shipped inside the program (the {@code assets/} folder, packaged under
 * {@code /assets} in the jar). Loaded once and shared: the catalog is immutable. A broken built-in file is a
 * bug in the program, not the user's doing, so it fails loudly with {@link IllegalStateException}.
 */
public final class BuiltInCatalog {

    /** Where the assets sit on the class path. */
    public static final String ASSETS = "assets";

    private static volatile Catalog cached;

    private BuiltInCatalog() {}

    /** The built-in catalog, read from the class path on first use. */
    public static Catalog load() {
        Catalog c = cached;
        if (c == null) {
            synchronized (BuiltInCatalog.class) {
                c = cached;
                if (c == null) {
                    c = load(BuiltInCatalog.class.getClassLoader(), ASSETS);
                    cached = c;
                }
            }
        }
        return c;
    }

    /**
     * Reads a catalog laid out like the assets folder under {@code base} (a class path folder without
     * leading slash): {@code exercises/index.txt}, {@code exercises/<id>.exercise.json},
     * {@code texts/languages.txt} and {@code texts/standard-texts.<lang>.json}. Not cached.
     */
    public static Catalog load(ClassLoader loader, String base) {
        List<Exercise> exercises = new ArrayList<>();
        // Names are joined with concat(): string templates would cost the command line's cold start a little.
        String folder = base.concat("/exercises/");
        for (String id : listing(loader, folder.concat("index.txt"))) {
            String name = folder.concat(id).concat(ExerciseFiles.EXTENSION);
            Exercise e;
            try {
                e = ExerciseReader.read(name, bytes(loader, name), Origin.BUILT_IN);
            } catch (FileFormatException bad) {
                throw new IllegalStateException("broken built-in exercise: " + bad.getMessage(), bad);
            }
            if (!e.id().equals(id)) {
                throw new IllegalStateException(
                        name + ": id: is \"" + e.id() + "\" but the file name says \"" + id + "\"");
            }
            exercises.add(e);
        }
        Map<String, StandardTexts> textsByLanguage = new LinkedHashMap<>();
        String texts = base.concat("/texts/");
        for (String language : listing(loader, texts.concat("languages.txt"))) {
            String name = texts.concat("standard-texts.").concat(language).concat(".json");
            StandardTexts t;
            try {
                t = StandardTextsReader.read(name, bytes(loader, name));
            } catch (FileFormatException bad) {
                throw new IllegalStateException("broken built-in texts: " + bad.getMessage(), bad);
            }
            if (!t.language().equals(language)) {
                throw new IllegalStateException(
                        name + ": language: is \"" + t.language() + "\" but the file name says \"" + language + "\"");
            }
            textsByLanguage.put(language, t);
        }
        return new Catalog(exercises, textsByLanguage);
    }

    /** The non-empty, non-comment lines of a listing file, trimmed. */
    private static List<String> listing(ClassLoader loader, String name) {
        String text = new String(bytes(loader, name), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n|\r")) {
            String entry = line.strip();
            if (entry.startsWith("\uFEFF")) {
                entry = entry.substring(1).strip();
            }
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                if (lines.contains(entry)) {
                    throw new IllegalStateException(name + ": \"" + entry + "\" is listed twice");
                }
                lines.add(entry);
            }
        }
        return lines;
    }

    private static byte[] bytes(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + ": the built-in file is missing from the program");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
