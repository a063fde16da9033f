package org.backsheet.render.figure;

import java.awt.Color;

/**
 * How one drawn body is inked. Grey has one meaning in every picture: a limb on the far side of the body. A
 * position the body moves to, drawn over the start, is a dashed outline with no fill, never grey.
 */
record Tones(Color ink, Color nearFill, Color farFill, boolean dashed) {

    /** The ink of every outline, arrow and label. */
    static final Color INK = gray(0.07);
    /**
     * The body itself: white shapes outlined in black, the far-side limbs a pale grey. Pale, because blind
     * readers took a darker grey for a sign to decode; this light it reads as the shaded side of the body.
     */
    static final Tones BODY = new Tones(INK, Color.WHITE, gray(0.87), false);
    /** The end position drawn over the start: a dashed outline only. */
    static final Tones GHOST = new Tones(gray(0.25), null, null, true);

    static Color gray(double level) {
        int v = (int) Math.round(level * 255);
        return new Color(v, v, v);
    }
}
