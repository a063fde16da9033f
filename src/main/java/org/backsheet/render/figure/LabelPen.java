package org.backsheet.render.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The words over a picture (Start, Finish, or a figure's own caption such as "Hips up a little"): wrapped to the
 * width a picture offers, measured for the layout, drawn as filled glyph outlines. A wrapped text holds its lines
 * separated by {@code \n}; its last line sits just above the picture.
 */
final class LabelPen {

    /** The height of the band above a picture that holds a one-line label, as a multiple of the label size. */
    static final double BAND = 1.25;
    /** The distance between the baselines of two lines of a label, as a multiple of the label size. */
    static final double LINE = 1.15;

    private LabelPen() {}

    /**
     * {@code text} broken into lines no wider than {@code maxWidth} (device units) where it can be: greedily, and
     * a text that needs two lines is broken where the two are most nearly equal, so a caption reads as one block.
     */
    static String wrap(String text, double size, double maxWidth) {
        String[] words = text.split(" ");
        if (width(text, size) <= maxWidth || words.length < 2) {
            return text;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String longer = line + " " + words[i];
            if (width(longer, size) <= maxWidth) {
                line.append(' ').append(words[i]);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(words[i]);
            }
        }
        lines.add(line.toString());
        return lines.size() == 2 ? balanced(words, size) : String.join("\n", lines);
    }

    /** The break of {@code words} into two lines whose wider line is narrowest. */
    private static String balanced(String[] words, double size) {
        String best = null;
        double bestWidth = Double.MAX_VALUE;
        for (int cut = 1; cut < words.length; cut++) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut));
            String second = String.join(" ", java.util.Arrays.copyOfRange(words, cut, words.length));
            double wider = Math.max(width(first, size), width(second, size));
            if (wider < bestWidth) {
                bestWidth = wider;
                best = first + "\n" + second;
            }
        }
        return best;
    }

    /** Each of {@code texts} wrapped to {@code maxWidth}. */
    static List<String> wrapAll(List<String> texts, double size, double maxWidth) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            out.add(wrap(t, size, maxWidth));
        }
        return out;
    }

    /** The height of the band that holds {@code text} (wrapped) above its picture. */
    static double band(String text, double size) {
        return size * (BAND + (text.split("\n", -1).length - 1) * LINE);
    }

    /** The height of the band that holds the tallest of {@code texts}, for pictures side by side. */
    static double band(List<String> texts, double size) {
        double band = size * BAND;
        for (String t : texts) {
            band = Math.max(band, band(t, size));
        }
        return band;
    }

    /** How wide {@code text} is at {@code size}, in device units: its widest line. */
    static double width(String text, double size) {
        double w = 0;
        for (String line : text.split("\n", -1)) {
            w = Math.max(w, glyphs(line, size).getBounds2D().getWidth());
        }
        return w;
    }

    /** The widths of {@code texts}. */
    static double[] widths(List<String> texts, double size) {
        double[] w = new double[texts.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width(texts.get(i), size);
        }
        return w;
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
        String[] lines = text.split("\n", -1);
        if (lines.length == 1) {
            Shape glyphs = glyphs(text, size);
            Rectangle2D b = glyphs.getBounds2D();
            double left = picture.getCenterX() - b.getWidth() / 2 - b.getX();
            return AffineTransform.getTranslateInstance(left, picture.getMinY() - size * 0.3)
                    .createTransformedShape(glyphs);
        }
        Path2D.Double all = new Path2D.Double();
        for (int i = 0; i < lines.length; i++) {
            Shape glyphs = glyphs(lines[i], size);
            Rectangle2D b = glyphs.getBounds2D();
            double left = picture.getCenterX() - b.getWidth() / 2 - b.getX();
            double baseline = picture.getMinY() - size * 0.3 - (lines.length - 1 - i) * LINE * size;
            all.append(AffineTransform.getTranslateInstance(left, baseline).createTransformedShape(glyphs), false);
        }
        return all;
    }

    private static Shape glyphs(String text, double size) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) size);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        return font.createGlyphVector(frc, text).getOutline();
    }
}
