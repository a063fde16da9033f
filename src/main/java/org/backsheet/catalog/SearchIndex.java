package org.backsheet.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.Target;

/**
 * The folded search text of every exercise of one catalog in one language, built once so that searching
 * while the user types only scans prepared strings.
 */
final class SearchIndex {

    /**
     * One exercise with its folded words; {@code nameWords} and {@code allWords} start and end with a space so
     * " word" finds a word start, {@code names} are its names alone (translated and own), each folded.
     */
    private record Entry(Exercise exercise, List<String> names, String nameWords, String allWords) {}

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
            built.add(new Entry(
                    exercise,
                    List.of(SearchText.fold(text.name()), SearchText.fold(exercise.name())),
                    padded(names),
                    padded(all.toString())));
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
     * The exercises that pass the query's filters and contain every word of its text at the start of a word,
     * best first: a name whose first word is the first word typed ("knee": Knee rolls), then one whose first word
     * starts with it (Knees to chest), each holding every word; then a name that holds them all elsewhere (Single
     * knee to chest), then a name that holds some, then the exercises found only by their steps, purpose or facts.
     * Each group keeps catalog order. Enter in the search adds the first hit, so the order decides what it adds.
     */
    List<Exercise> search(ExerciseQuery query) {
        List<String> words = List.copyOf(new LinkedHashSet<>(SearchText.words(query.text())));
        List<String> needles = words.stream().map(w -> " " + w).toList();
        List<List<Exercise>> ranked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ranked.add(new ArrayList<>());
        }
        for (Entry entry : entries) {
            if (!query.passesFilters(entry.exercise) || !containsAll(entry.allWords, needles)) {
                continue;
            }
            ranked.get(rank(entry, words, needles)).add(entry.exercise);
        }
        List<Exercise> hits = new ArrayList<>();
        ranked.forEach(hits::addAll);
        return hits;
    }

    /** 0 to 4, the group of {@link #search}: how well the exercise's name answers the words. */
    private static int rank(Entry entry, List<String> words, List<String> needles) {
        if (needles.isEmpty()) {
            return 0;
        }
        int inName = countIn(entry.nameWords, needles);
        if (inName < needles.size()) {
            return inName > 0 ? 3 : 4;
        }
        String first = words.get(0);
        if (entry.names.stream().anyMatch(name -> name.equals(first) || name.startsWith(first + " "))) {
            return 0;
        }
        return entry.names.stream().anyMatch(name -> name.startsWith(first)) ? 1 : 2;
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
