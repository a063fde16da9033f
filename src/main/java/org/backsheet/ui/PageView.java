package org.backsheet.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * Paints one rasterised PDF page with a thin shadow. The image is rendered at the screen's own resolution
 * and drawn at 1/scale, so it stays sharp on HiDPI screens.
 */
final class PageView extends JComponent implements Scrollable {

    static final int MARGIN = 16;

    /** A light wash over a page that a newer one is replacing: readable, but plainly not the latest. */
    private static final Color OUT_OF_DATE = new Color(255, 255, 255, 150);

    private BufferedImage image;
    private double screenScale = 1;
    private boolean outOfDate;

    PageView() {
        setName("previewPage");
        setOpaque(true);
    }

    void show(BufferedImage page, double scale) {
        this.image = page;
        this.screenScale = scale;
        revalidate();
        repaint();
    }

    void setOutOfDate(boolean value) {
        if (value != outOfDate) {
            outOfDate = value;
            repaint();
        }
    }

    boolean isOutOfDate() {
        return outOfDate;
    }

    BufferedImage image() {
        return image;
    }

    @Override
    public Dimension getPreferredSize() {
        if (image == null) {
            return new Dimension(300, 400);
        }
        return new Dimension(
                (int) Math.ceil(image.getWidth() / screenScale) + 2 * MARGIN,
                (int) Math.ceil(image.getHeight() / screenScale) + 2 * MARGIN);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setColor(UIManager.getColor("Panel.background").darker());
        g2.fillRect(0, 0, getWidth(), getHeight());
        if (image != null) {
            int w = (int) Math.round(image.getWidth() / screenScale);
            int h = (int) Math.round(image.getHeight() / screenScale);
            int x = Math.max(MARGIN, (getWidth() - w) / 2);
            g2.setColor(new Color(0, 0, 0, 40));
            g2.fillRect(x + 3, MARGIN + 3, w, h);
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(image, x, MARGIN, w, h, null);
            if (outOfDate) {
                g2.setColor(OUT_OF_DATE);
                g2.fillRect(x, MARGIN, w, h);
            }
        }
        g2.dispose();
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height - 24 : visible.width - 24;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return getParent() != null && getParent().getWidth() > getPreferredSize().width;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return getParent() != null && getParent().getHeight() > getPreferredSize().height;
    }
}
