package org.backsheet.editor;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.backsheet.model.figure.Figure;
import org.backsheet.render.figure.FigurePainter;

/**
 * An exercise's drawn figure as the window shows it (gallery, thumbnails, pose editor), drawn by the same painter
 * as the handout so the screen shows what is printed.
 */
public final class FigureSketch {

    private static final FigurePainter PAINTER = new FigurePainter();

    private FigureSketch() {}

    /** Paints {@code figure} into the box at {@code (x, y)} of the given size. */
    public static void paint(Graphics2D g, Figure figure, double x, double y, double width, double height) {
        PAINTER.paint(g, figure, x, y, width, height);
    }

    /** Paints {@code figure} with its captions (or labels) in {@code language}, as a handout in it prints them. */
    public static void paint(
            Graphics2D g, Figure figure, double x, double y, double width, double height, Locale language) {
        PAINTER.paint(g, figure, x, y, width, height, language);
    }

    /**
     * The figure on a white card of {@code width} x {@code height} pixels (corners rounded by {@code corner}),
     * kept {@code margin} pixels inside it, so it reads the same in the light and the dark theme.
     */
    public static BufferedImage onCard(Figure figure, int width, int height, double margin, int corner) {
        return onCard(figure, width, height, margin, corner, Locale.getDefault());
    }

    /** {@link #onCard(Figure, int, int, double, int)} with the words over the pictures in {@code language}. */
    public static BufferedImage onCard(
            Figure figure, int width, int height, double margin, int corner, Locale language) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRoundRect(0, 0, width, height, corner, corner);
            paint(g, figure, margin, margin, width - 2 * margin, height - 2 * margin, language);
        } finally {
            g.dispose();
        }
        return image;
    }
}
