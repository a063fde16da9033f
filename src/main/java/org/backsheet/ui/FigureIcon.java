package org.backsheet.ui;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.image.BufferedImage;
import java.util.Locale;
import javax.swing.Icon;
import org.backsheet.editor.FigureSketch;
import org.backsheet.model.figure.Figure;

/**
 * A drawn figure as a small picture on white, painted once by the same painter the handout uses and then
 * reused, so a gallery of poses scrolls smoothly.
 */
final class FigureIcon implements Icon {

    private final BufferedImage image;

    FigureIcon(Figure figure, int width, int height) {
        this(figure, width, height, Locale.getDefault());
    }

    /** With the words over the pictures in {@code language} (an exercise's captions in the handout's language). */
    FigureIcon(Figure figure, int width, int height, Locale language) {
        image = FigureSketch.onCard(figure, width, height, 2, 0, language);
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        g.drawImage(image, x, y, null);
    }

    @Override
    public int getIconWidth() {
        return image.getWidth();
    }

    @Override
    public int getIconHeight() {
        return image.getHeight();
    }
}
