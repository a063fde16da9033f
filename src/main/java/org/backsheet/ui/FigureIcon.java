package org.backsheet.ui;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.Icon;
import org.backsheet.model.figure.Figure;
import org.backsheet.render.figure.FigurePainter;

/**
 * A drawn figure as a small picture on white, painted once by the same painter the handout uses and then
 * reused, so a gallery of poses scrolls smoothly.
 */
final class FigureIcon implements Icon {

    private static final FigurePainter PAINTER = new FigurePainter();

    private final BufferedImage image;

    FigureIcon(Figure figure, int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            PAINTER.paint(g, figure, 2, 2, width - 4.0, height - 4.0);
        } finally {
            g.dispose();
        }
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
