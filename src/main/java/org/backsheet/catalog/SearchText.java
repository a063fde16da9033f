package org.backsheet.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for searching: lower case, accents removed, punctuation turned into spaces, so that "Estiramiento
 * de isquiotibiales" is found by "isquio" and "bird-dog" by "bird dog".
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** The folded form of {@code text}: words in lower case without accents, separated by single spaces. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded words of {@code text}, in order; empty for blank text. */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        if (!folded.isEmpty()) {
            for (String w : folded.split(" ")) {
                words.add(w);
            }
        }
        return words;
    }
}
