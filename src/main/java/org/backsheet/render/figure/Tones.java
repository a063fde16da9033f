package org.backsheet.render.figure;

import java.awt.Color;

/** The greys of one drawn body: the near side, the far side (lighter, so the figure reads in depth). */
record Tones(Color near, Color far) {

    /** The body in its start pose. */
    static final Tones START = new Tones(gray(0.12), gray(0.55));
    /** The end pose drawn behind the start pose. */
    static final Tones GHOST = new Tones(gray(0.70), gray(0.80));

    static Color gray(double level) {
        int v = (int) Math.round(level * 255);
        return new Color(v, v, v);
    }
}
