package org.backsheet.editor;

import java.util.Locale;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Level;
import org.backsheet.model.Position;

/**
 * What the library shows: words typed in the search field (each must appear in the name, a step, the purpose
 * or a target) and optional position, kind, equipment and level filters (null = any).
 */
public record LibraryFilter(String text, Position position, ExerciseKind kind, Equipment equipment, Level level) {

    public static final LibraryFilter ALL = new LibraryFilter("", null, null, null, null);

    public LibraryFilter {
        text = text == null ? "" : text;
    }

    public LibraryFilter withText(String v) {
        return new LibraryFilter(v, position, kind, equipment, level);
    }

    public LibraryFilter withPosition(Position v) {
        return new LibraryFilter(text, v, kind, equipment, level);
    }

    public LibraryFilter withKind(ExerciseKind v) {
        return new LibraryFilter(text, position, v, equipment, level);
    }

    public LibraryFilter withEquipment(Equipment v) {
        return new LibraryFilter(text, position, kind, v, level);
    }

    public LibraryFilter withLevel(Level v) {
        return new LibraryFilter(text, position, kind, equipment, v);
    }

    public boolean matches(Exercise e) {
        if (position != null && e.position() != position || kind != null && e.kind() != kind
                || level != null && e.level() != level
                || equipment != null && !e.equipment().contains(equipment)) {
            return false;
        }
        String haystack = haystack(e);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String haystack(Exercise e) {
        StringBuilder b = new StringBuilder(e.name()).append('\n').append(e.id());
        e.steps().forEach(s -> b.append('\n').append(s));
        if (e.purpose() != null) {
            b.append('\n').append(e.purpose());
        }
        e.targets().forEach(t -> b.append('\n').append(t.name().replace('_', ' ')));
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
