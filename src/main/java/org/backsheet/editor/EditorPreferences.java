package org.backsheet.editor;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.backsheet.io.AtomicFiles;

/**
 * What the editor remembers between runs (theme, window size, last folder, recent files, the default
 * clinician and clinic), kept in a small properties file whose location is given, so tests use a temp folder.
 * A missing or unreadable file just means "nothing remembered yet".
 */
public final class EditorPreferences {

    /** How many files Open Recent lists. */
    public static final int MAX_RECENT = 8;

    private final Path file;
    private final Properties values = new Properties();

    public EditorPreferences(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    /** Preferences kept only in memory (for tests and when no user folder can be found). */
    public static EditorPreferences inMemory() {
        return new EditorPreferences(null);
    }

    public Path file() {
        return file;
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    /** Stores a value (null removes it) and writes the file; a failed write is not worth bothering the user. */
    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        store();
    }

    public int getInt(String key, int fallback) {
        try {
            return Integer.parseInt(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Optional<Path> getPath(String key) {
        String v = values.getProperty(key);
        try {
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Recent files, most recent first. */
    public List<Path> recentFiles() {
        List<Path> list = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            getPath("recent." + i).ifPresent(list::add);
        }
        return list;
    }

    /** Puts {@code file} first in the recent list (once), keeping at most {@link #MAX_RECENT}. */
    public void addRecentFile(Path file) {
        List<Path> list = recentFiles();
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        setRecent(list);
    }

    public void removeRecentFile(Path file) {
        List<Path> list = recentFiles();
        if (list.remove(file.toAbsolutePath().normalize())) {
            setRecent(list);
        }
    }

    private void setRecent(List<Path> list) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                values.setProperty("recent." + i, list.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
        store();
    }

    private void store() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // Same safe write as every other user file: temp file, forced to disk, atomic move, no leftovers.
            AtomicFiles.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "BackSheet editor preferences");
                writer.flush();
            });
        } catch (IOException e) {
            // Preferences are a convenience: the editor works on without them.
        }
    }
}
