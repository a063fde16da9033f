package org.backsheet.render;

import java.awt.Color;

/**
 * The handout's type scale, colours and spacing, for normal or large print. Everything a patient reads is black
 * (or the dark accent) and at least 12 pt, upright; only the page number is smaller (9 pt). Large print scales
 * every size by 4/3 and never goes below 16 pt, so body and table text, and even the page number, are at least
 * 16 pt.
 */
final class Typography {

    /** Black text; the accent prints as a dark grey on a black-and-white office printer. */
    static final Color INK = new Color(0x1A, 0x1A, 0x1A);

    static final Color ACCENT = new Color(0x1F, 0x4E, 0x6E);
    static final Color RULE = new Color(0xBF, 0xC7, 0xCE);
    static final Color FILL = new Color(0xEC, 0xEE, 0xF0);

    private static final float LARGE_SCALE = 4f / 3f;
    private static final float LARGE_MIN = 16f;

    final boolean large;
    final DocumentFonts fonts;
    final TextStyle title;
    final TextStyle heading;
    final TextStyle subheading;
    final TextStyle exerciseName;
    final TextStyle body;
    final TextStyle bodyBold;
    final TextStyle tableHeader;
    final TextStyle tableValue;
    final TextStyle tableNumber;
    final TextStyle clinicName;
    final TextStyle footer;
    final TextStyle pageNumber;

    /** Space between sections and around rules, scaled with the type. */
    final float gap;

    Typography(DocumentFonts fonts, boolean large) {
        this.fonts = fonts;
        this.large = large;
        title = style(fonts.bold, 20, INK, 1.2f);
        heading = style(fonts.bold, 14, ACCENT, 1.3f);
        subheading = style(fonts.bold, 13, ACCENT, 1.3f);
        exerciseName = style(fonts.bold, 14, INK, 1.25f);
        body = style(fonts.regular, 12, INK, 1.2f);
        bodyBold = style(fonts.bold, 12, INK, 1.2f);
        tableHeader = style(fonts.bold, 12, INK, 1.25f);
        tableValue = style(fonts.regular, 12, INK, 1.25f);
        tableNumber = style(fonts.bold, 15, INK, 1.1f);
        clinicName = style(fonts.bold, 14, ACCENT, 1.25f);
        footer = style(fonts.regular, 12, INK, 1.2f);
        pageNumber = style(fonts.regular, 9, INK, 1.2f);
        gap = scale(10);
    }

    float scale(float points) {
        return large ? points * LARGE_SCALE : points;
    }

    private TextStyle style(Face font, float size, Color color, float leading) {
        float s = large ? Math.max(LARGE_MIN, size * LARGE_SCALE) : size;
        return new TextStyle(font, s, color, leading);
    }
}
