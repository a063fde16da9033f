package org.backsheet.ui;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import javax.swing.Icon;
import javax.swing.ImageIcon;
import org.backsheet.editor.FigureSketch;
import org.backsheet.model.Exercise;

/**
 * Small pictures of exercises for the library, drawn once with the same painter as the handout and kept.
 * They sit on a white card so the drawing reads the same in the light and the dark theme.
 */
final class Thumbnails {

    static final int WIDTH = 64;
    static final int HEIGHT = 44;

    // Keyed by the figure itself: a clinic's own exercise may get another pose under the same id.
    private final Map<Object, Icon> cache = new HashMap<>();
    private final double scale;

    Thumbnails(double screenScale) {
        this.scale = Math.max(1, screenScale);
    }

    /** The picture of {@code exercise}, or null when it has no drawn figure. */
    Icon of(Exercise exercise) {
        if (exercise.figure() == null) {
            return null;
        }
        return cache.computeIfAbsent(exercise.figure(), f -> draw(exercise));
    }

    private Icon draw(Exercise exercise) {
        int w = (int) Math.round(WIDTH * scale);
        int h = (int) Math.round(HEIGHT * scale);
        BufferedImage image;
        try {
            image = FigureSketch.onCard(exercise.figure(), w, h, 2 * scale, (int) (8 * scale));
        } catch (RuntimeException e) {
            return null; // a figure that cannot be drawn just has no thumbnail
        }
        // Drawn at the screen's resolution, shown at the logical size: sharp on HiDPI screens.
        return new ScaledIcon(image, WIDTH, HEIGHT);
    }

    /** An image icon painted at a fixed logical size. */
    private static final class ScaledIcon extends ImageIcon {
        private final int width;
        private final int height;

        ScaledIcon(BufferedImage image, int width, int height) {
            super(image);
            this.width = width;
            this.height = height;
        }

        @Override
        public int getIconWidth() {
            return width;
        }

        @Override
        public int getIconHeight() {
            return height;
        }

        @Override
        public synchronized void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(getImage(), x, y, width, height, null);
            g2.dispose();
        }
    }
}
