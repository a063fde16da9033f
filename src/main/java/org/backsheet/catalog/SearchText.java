package org.backsheet.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds text for searching: lower case, accents removed, punctuation turned into spaces, so that "Estiramiento
 * de isquiotibiales" is found by "isquio" and "bird-dog" by "bird dog".
 */
public final class SearchText {

    private SearchText() {}

    /** The folded form of {@code text}: words in lower case without accents, separated by single spaces. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Decompose only when needed: most text is plain ASCII, and this runs for every exercise of a large
        // library when the search index is built.
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
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
