package org.backsheet.render.figure;

import java.awt.Color;

/**
 * How one drawn body is inked. Every body part is a white shape outlined in black, near side and far side alike:
 * blind readers never worked out what a grey far-side limb meant, so nothing in a figure is grey. A position the
 * body moves to, drawn over the start, is a dashed outline with no fill.
 */
record Tones(Color ink, Color fill, boolean dashed) {

    /** The ink of every outline, arrow and label. */
    static final Color INK = gray(0.07);
    /** The body itself: white shapes outlined in black. */
    static final Tones BODY = new Tones(INK, Color.WHITE, false);
    /** The end position drawn over the start: a dashed outline only. */
    static final Tones GHOST = new Tones(gray(0.25), null, true);

    static Color gray(double level) {
        int v = (int) Math.round(level * 255);
        return new Color(v, v, v);
    }
}
