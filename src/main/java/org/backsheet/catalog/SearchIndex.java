package org.backsheet.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.Target;

/**
 * The folded search text of every exercise of one catalog in one language, built once so that searching
 * while the user types only scans prepared strings.
 */
final class SearchIndex {

    /** One exercise with its folded words; both strings start and end with a space so " word" finds a word start. */
    private record Entry(Exercise exercise, String nameWords, String allWords) {}

    private final List<Entry> entries;

    SearchIndex(Catalog catalog, String language) {
        // Facts are findable in the sheet's language and in English, the catalog's own language.
        List<FactLabels> factWords = "en".equals(language)
                ? List.of(FactLabels.forLanguage("en"))
                : List.of(FactLabels.forLanguage(language), FactLabels.forLanguage("en"));
        List<Entry> built = new ArrayList<>(catalog.size());
        for (Exercise exercise : catalog.all()) {
            ExerciseText text = exercise.text(language);
            // The exercise's own (untranslated) name stays findable, so "bridge" works on a Spanish sheet too.
            String names = text.name() + " " + exercise.name();
            StringBuilder all = new StringBuilder(names).append(' ').append(exercise.id());
            for (String step : text.steps()) {
                all.append(' ').append(step);
            }
            all.append(' ').append(text.purpose() == null ? "" : text.purpose());
            all.append(' ').append(text.subtitle() == null ? "" : text.subtitle());
            for (FactLabels labels : factWords) {
                appendFacts(all, exercise, labels);
            }
            built.add(new Entry(exercise, padded(names), padded(all.toString())));
        }
        this.entries = List.copyOf(built);
    }

    private static void appendFacts(StringBuilder all, Exercise exercise, FactLabels labels) {
        for (Target t : exercise.targets()) {
            all.append(' ').append(labels.label(t));
        }
        for (Equipment e : exercise.equipment()) {
            all.append(' ').append(labels.label(e));
        }
        all.append(' ').append(labels.label(exercise.position()));
        all.append(' ').append(labels.label(exercise.kind()));
        all.append(' ').append(labels.label(exercise.level()));
    }

    private static String padded(String text) {
        return " " + SearchText.fold(text) + " ";
    }

    int size() {
        return entries.size();
    }

    /**
     * The exercises that pass the query's filters and contain every word of its text at the start of a word.
     * Exercises whose name holds every word come first, then those whose name holds some, then the rest; each
     * group keeps catalog order.
     */
    List<Exercise> search(ExerciseQuery query) {
        Set<String> words = new LinkedHashSet<>(SearchText.words(query.text()));
        List<String> needles = words.stream().map(w -> " " + w).toList();
        List<Exercise> nameHasAll = new ArrayList<>();
        List<Exercise> nameHasSome = new ArrayList<>();
        List<Exercise> rest = new ArrayList<>();
        for (Entry entry : entries) {
            if (!query.passesFilters(entry.exercise) || !containsAll(entry.allWords, needles)) {
                continue;
            }
            int inName = countIn(entry.nameWords, needles);
            if (needles.isEmpty() || inName == needles.size()) {
                nameHasAll.add(entry.exercise);
            } else if (inName > 0) {
                nameHasSome.add(entry.exercise);
            } else {
                rest.add(entry.exercise);
            }
        }
        nameHasAll.addAll(nameHasSome);
        nameHasAll.addAll(rest);
        return nameHasAll;
    }

    private static boolean containsAll(String haystack, List<String> needles) {
        for (String needle : needles) {
            if (!haystack.contains(needle)) {
                return false;
            }
        }
        return true;
    }

    private static int countIn(String haystack, List<String> needles) {
        int count = 0;
        for (String needle : needles) {
            if (haystack.contains(needle)) {
                count++;
            }
        }
        return count;
    }
}
