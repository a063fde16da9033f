package org.backsheet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One typeface of one document (regular, bold or italic) with a fast width table. Measuring through
 * PDFBox encodes every string; looking advances up once per character is several times faster, and the
 * rounding matches the /W widths PDFBox writes for the embedded subset, which viewers use for placement.
 */
final class Face {

    final PDType0Font pdf;
    private final GlyphWidths widths;

    Face(PDType0Font pdf, GlyphWidths widths) {
        this.pdf = pdf;
        this.widths = widths;
    }

    /** Width of clean text in text-space units (1/1000 of the font size). */
    float width(String text) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total += widths.advance(cp);
        }
        return total;
    }

    /**
     * Advance widths of one font file by code point, filled in as characters are met. Lives as long as the
     * parsed font; used by one document at a time (see {@link FontFiles}).
     */
    static final class GlyphWidths {

        private final CmapLookup cmap;
        private final TrueTypeFont font;
        private final float unitsPerEm;
        private final float[] bmp = new float[0x10000];
        private final Map<Integer, Float> beyondBmp = new HashMap<>();

        GlyphWidths(TrueTypeFont font) throws IOException {
            this.font = font;
            this.cmap = font.getUnicodeCmapLookup();
            this.unitsPerEm = font.getUnitsPerEm();
            Arrays.fill(bmp, -1f);
        }

        float advance(int codePoint) {
            if (codePoint < bmp.length) {
                float w = bmp[codePoint];
                if (w < 0) {
                    w = lookUp(codePoint);
                    bmp[codePoint] = w;
                }
                return w;
            }
            return beyondBmp.computeIfAbsent(codePoint, this::lookUp);
        }

        private float lookUp(int codePoint) {
            try {
                int gid = cmap.getGlyphId(codePoint);
                return Math.round(font.getAdvanceWidth(gid) * 1000f / unitsPerEm);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
