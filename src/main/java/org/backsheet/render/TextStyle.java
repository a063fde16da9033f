package org.backsheet.render;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font, size and colour for one run of text; line height and ascent follow from them. */
record TextStyle(Face face, float size, Color color, float leading) {

    PDFont font() {
        return face.pdf;
    }

    /** Width of clean text set in this style, in points. */
    float width(String cleanText) {
        return face.width(cleanText) / 1000f * size;
    }

    /** Line box height: size times the leading factor. */
    float lineHeight() {
        return size * leading;
    }

    /** Distance from the top of a line box down to the baseline, centring the font's ascent and descent. */
    float baselineOffset() {
        float ascent = ascent();
        float descent = descent();
        return (lineHeight() - ascent - descent) / 2 + ascent;
    }

    float ascent() {
        return font().getFontDescriptor().getAscent() / 1000f * size;
    }

    float descent() {
        return -font().getFontDescriptor().getDescent() / 1000f * size;
    }

    TextStyle withColor(Color c) {
        return new TextStyle(face, size, c, leading);
    }

    TextStyle withFont(Face f) {
        return new TextStyle(f, size, color, leading);
    }

    TextStyle withSize(float s) {
        return new TextStyle(face, s, color, leading);
    }

    TextStyle withLeading(float l) {
        return new TextStyle(face, size, color, l);
    }
}
