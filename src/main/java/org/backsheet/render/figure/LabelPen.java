package org.backsheet.render.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/** The word over a picture (Start, Finish...): measured for the layout, drawn as filled glyph outlines. */
final class LabelPen {

    /** The height of the band above a picture that holds its label, as a multiple of the label size. */
    static final double BAND = 1.25;

    private LabelPen() {}

    /** How wide {@code text} is at {@code size}, in device units. */
    static double width(String text, double size) {
        return glyphs(text, size).getBounds2D().getWidth();
    }

    /** Where {@code text} lands when centred above {@code picture}. */
    static Rectangle2D box(String text, Rectangle2D picture, double size) {
        Shape g = placed(text, picture, size);
        return g.getBounds2D();
    }

    /** The label centred above a picture, as filled glyph outlines, so the PDF needs no extra font. */
    static void draw(Graphics2D g, String text, Rectangle2D picture, double size) {
        g.setColor(Tones.INK);
        g.fill(placed(text, picture, size));
    }

    private static Shape placed(String text, Rectangle2D picture, double size) {
        Shape glyphs = glyphs(text, size);
        Rectangle2D b = glyphs.getBounds2D();
        double left = picture.getCenterX() - b.getWidth() / 2 - b.getX();
        double baseline = picture.getMinY() - size * 0.3;
        return AffineTransform.getTranslateInstance(left, baseline).createTransformedShape(glyphs);
    }

    private static Shape glyphs(String text, double size) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) size);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        return font.createGlyphVector(frc, text).getOutline();
    }
}
