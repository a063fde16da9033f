package org.backsheet.render;

import java.awt.Color;

/**
 * The handout's type scale, colours and spacing, for normal or large print. Large print scales every size by
 * 4/3 and never goes below 16 pt, so body and table text, and even the footer, are at least 16 pt.
 */
final class Typography {

    /** Black text; the accent prints as a dark grey on a black-and-white office printer. */
    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x6E);
    static final Color GREY_TEXT = new Color(0x5A, 0x5A, 0x5A);
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
    final TextStyle note;
    final TextStyle position;
    final TextStyle tableHeader;
    final TextStyle tableValue;
    final TextStyle tableNumber;
    final TextStyle clinicName;
    final TextStyle small;
    final TextStyle footer;

    /** Space between sections and around rules, scaled with the type. */
    final float gap;

    Typography(DocumentFonts fonts, boolean large) {
        this.fonts = fonts;
        this.large = large;
        title = style(fonts.bold, 20, INK, 1.2f);
        heading = style(fonts.bold, 14, ACCENT, 1.3f);
        subheading = style(fonts.bold, 11.5f, ACCENT, 1.3f);
        exerciseName = style(fonts.bold, 14, INK, 1.3f);
        body = style(fonts.regular, 12, INK, 1.3f);
        bodyBold = style(fonts.bold, 12, INK, 1.3f);
        note = style(fonts.italic, 12, INK, 1.3f);
        position = style(fonts.regular, 10, GREY_TEXT, 1.4f);
        tableHeader = style(fonts.bold, 10.5f, INK, 1.25f);
        tableValue = style(fonts.regular, 12, INK, 1.25f);
        tableNumber = style(fonts.bold, 15, INK, 1.25f);
        clinicName = style(fonts.bold, 13, ACCENT, 1.25f);
        small = style(fonts.regular, 10.5f, INK, 1.3f);
        footer = style(fonts.regular, 9, GREY_TEXT, 1.25f);
        gap = scale(12);
    }

    float scale(float points) {
        return large ? points * LARGE_SCALE : points;
    }

    private TextStyle style(Face font, float size, Color color, float leading) {
        float s = large ? Math.max(LARGE_MIN, size * LARGE_SCALE) : size;
        return new TextStyle(font, s, color, leading);
    }
}
