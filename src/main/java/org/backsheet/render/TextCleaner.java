package org.backsheet.render;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes any user text printable with the handout font: composes accents (NFC), turns tabs into spaces, drops
 * control and invisible formatting characters, and replaces each character the font lacks (emoji, CJK) with a
 * visible box, reporting every such character once. Text that reaches the page has passed through here.
 */
final class TextCleaner {

    /** WHITE SQUARE: Liberation Sans has it, and a reader sees that something was left out. */
    static final int REPLACEMENT = 0x25A1;

    private final FontFiles fonts;
    private final Warnings warnings;
    private final Messages messages;
    private final Set<Integer> reported = new HashSet<>();

    TextCleaner(FontFiles fonts, Warnings warnings, Messages messages) {
        this.fonts = fonts;
        this.warnings = warnings;
        this.messages = messages;
    }

    /** Printable text; newlines are kept (the wrapper starts a new line there), everything else is one line. */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < s.length() && s.charAt(i) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t' || Character.isSpaceChar(cp) && cp != 0x00A0) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // zero-width joiners, soft hyphens, direction marks: invisible anyway
                continue;
            } else if (fonts.canPrint(cp)) {
                out.appendCodePoint(cp);
            } else {
                report(cp);
                int type = Character.getType(cp);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
                if (!mark) {
                    out.appendCodePoint(REPLACEMENT);
                }
            }
        }
        return out.toString();
    }

    /** Like {@link #clean} but on one line: newlines become spaces (names, table cells, the footer). */
    String cleanLine(String text) {
        return clean(text).replace('\n', ' ');
    }

    private void report(int cp) {
        if (reported.add(cp)) {
            warnings.add(messages.missingGlyph(cp));
        }
    }
}
