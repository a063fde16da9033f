package org.backsheet.render;

/**
 * The compact sheet's text: the handout's body sizes (12 pt, black, upright; large print as {@link Typography}
 * scales it) set a little closer, with the line spacing of ordinary single-spaced print, so that a ten-exercise
 * program with its safety box fits on one page.
 */
final class CompactType {

    private static final float LEADING = 1.15f;

    final TextStyle body;
    final TextStyle bold;

    CompactType(Typography t) {
        this.body = closer(t.body);
        this.bold = closer(t.bodyBold);
    }

    private static TextStyle closer(TextStyle s) {
        return new TextStyle(s.face(), s.size(), s.color(), Math.min(s.leading(), LEADING));
    }
}
