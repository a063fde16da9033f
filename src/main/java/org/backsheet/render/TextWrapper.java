package org.backsheet.render;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks clean text into lines no wider than a given width: at word boundaries (spaces, after hyphens) where
 * it can, inside a word only when that word alone is wider than the line. Newlines always start a new line.
 */
final class TextWrapper {

    private final Locale locale;

    TextWrapper(Locale locale) {
        this.locale = locale;
    }

    static float width(String text, TextStyle style) {
        return style.width(text);
    }

    /** The lines of {@code cleanText} (already passed through {@link TextCleaner}) at most {@code width} wide. */
    List<String> wrap(String cleanText, TextStyle style, float width) {
        return wrap(cleanText, style, width, width);
    }

    /** Like {@link #wrap(String, TextStyle, float)} with a shorter first line (text after a run-in label). */
    List<String> wrap(String cleanText, TextStyle style, float width, float firstWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : cleanText.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), style, width, firstWidth, lines);
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private void wrapParagraph(String text, TextStyle style, float width, float firstWidth, List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        BreakIterator words = BreakIterator.getLineInstance(locale);
        words.setText(text);
        StringBuilder line = new StringBuilder();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String piece = text.substring(start, end);
            float limit = lines.isEmpty() ? firstWidth : width;
            if (width(line + piece.stripTrailing(), style) <= limit) {
                line.append(piece);
                continue;
            }
            if (line.length() > 0 || lines.isEmpty() && firstWidth < width) {
                // a word too long for a short first line starts the next line instead of being broken
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (width(piece.stripTrailing(), style) <= width) {
                line.append(piece);
            } else {
                breakLongWord(piece, style, width, lines, line);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
    }

    /** Splits a word wider than the line between characters; the last part stays open for the next words. */
    private static void breakLongWord(
            String word, TextStyle style, float width, List<String> lines, StringBuilder line) {
        int i = 0;
        while (i < word.length()) {
            // always take at least one character, even on an absurdly narrow line
            int end = i + Character.charCount(word.codePointAt(i));
            while (end < word.length()) {
                int after = end + Character.charCount(word.codePointAt(end));
                if (width(word.substring(i, after).stripTrailing(), style) > width) {
                    break;
                }
                end = after;
            }
            String part = word.substring(i, end);
            if (end < word.length()) {
                lines.add(part);
            } else {
                line.append(part);
            }
            i = end;
        }
    }
}
