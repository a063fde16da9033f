package org.backsheet.render.figure;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/**
 * Writes the words that stand inside the pictures, in the sheet's language: the breath words at the mouth ("in",
 * "out") and the short notes beside a part ("a few cm"). They are set once the pictures are placed, at the size of
 * the labels over them, so they read at the size the page prints them whatever the scale of the drawing.
 */
final class PanelWordsPen {

    private PanelWordsPen() {}

    /** The words of each of {@code panels}, placed as {@code fit} placed their pictures. */
    static void draw(Graphics2D g, List<Sketch> panels, PanelFit.Fit fit, Locale language) {
        for (int i = 0; i < panels.size(); i++) {
            for (Sketch.Breath b : panels.get(i).breaths()) {
                breath(g, b, fit, i, language);
            }
            for (Sketch.Word w : panels.get(i).words()) {
                note(g, w, fit, i, language);
            }
        }
    }

    /**
     * A breath word centred on its place, half as large again as the labels: at the labels' size readers found them
     * "small at the mouth".
     */
    private static void breath(Graphics2D g, Sketch.Breath b, PanelFit.Fit fit, int panel, Locale language) {
        Point2D at = fit.transforms().get(panel).transform(b.at(), null);
        double size = Math.max(8, labelSize(fit) * 1.5);
        // LabelPen sets a word above the box it is given: a box of no height, half the word below it.
        Rectangle2D spot = new Rectangle2D.Double(at.getX(), at.getY() + size * 0.65, 0, 0);
        LabelPen.draw(g, FigureLabels.breath(language, b.inhale()), spot, size);
    }

    /**
     * A note hanging from its place, its capitals' tops a point below it (LabelPen sets the baseline under the box it
     * is given), so a note under the floor never touches the floor's line at any size.
     */
    private static void note(Graphics2D g, Sketch.Word w, PanelFit.Fit fit, int panel, Locale language) {
        Point2D at = fit.transforms().get(panel).transform(w.at(), null);
        double size = Math.max(7, labelSize(fit) * w.size());
        Rectangle2D spot = new Rectangle2D.Double(at.getX(), at.getY() + 1 + size * 1.05, 0, 0);
        LabelPen.draw(g, FigureLabels.text(language, w.key()), spot, size);
    }

    /** The size of the labels over the pictures, or the usual one where the pictures have none. */
    private static double labelSize(PanelFit.Fit fit) {
        return fit.labelSize() > 0 ? fit.labelSize() : 9;
    }
}
