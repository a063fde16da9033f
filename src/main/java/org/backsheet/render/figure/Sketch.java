package org.backsheet.render.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A picture as a list of marks in figure units (y up, one unit = the person's height), built before anything is
 * drawn so it can be measured, fitted into a box and then painted on any Graphics2D (screen, PNG or PDF).
 */
final class Sketch {

    /** Marks are painted layer by layer, and inside a layer from the farthest to the nearest. */
    enum Layer {
        BEHIND,
        GHOST,
        BODY,
        FRONT,
        ARROW
    }

    /**
     * One stroked and/or filled shape; {@code halo} first paints a white rim so crossings stay readable;
     * {@code dashed} strokes it in short dashes (the outline of a position the body moves to).
     */
    record Mark(
            Shape shape,
            double width,
            Color stroke,
            Color fill,
            boolean halo,
            Layer layer,
            double depth,
            boolean dashed) {}

    static final double HALO = 0.009;

    /**
     * A magnified view of another sketch: the area around {@code focus} (figure units) enlarged {@code zoom}
     * times and shown in a circle of {@code radius} around {@code centre}, with a thin line to {@code shows}, the
     * part of the picture it magnifies.
     */
    record Inset(
            Sketch content,
            Point2D.Double focus,
            Point2D.Double centre,
            double radius,
            double zoom,
            Point2D.Double shows) {}

    /**
     * A word drawn in the picture in the sheet's language ({@code inhale}: "in", else "out"), centred on {@code at}
     * (figure units): breath shown as a word at the mouth, where arrows read as "move your head".
     */
    record Breath(boolean inhale, Point2D.Double at) {}

    /**
     * A short note drawn in the picture in the sheet's language (the {@code FigureLabels} text {@code key}), hanging
     * centred below {@code at} (figure units), {@code size} times the labels' size: a word beside a part says what a
     * line cannot (a measure drawn in the hip lift's gap read as "a peg holding the hips up").
     */
    record Word(String key, Point2D.Double at, double size) {}

    private final List<Mark> marks = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();
    private final List<Inset> insets = new ArrayList<>();
    private final List<Breath> breaths = new ArrayList<>();

    /** A breath word centred on {@code at}; {@code room} (figure units) keeps space for it in the picture. */
    void breath(Breath breath, Rectangle2D room) {
        breaths.add(breath);
        // Nothing is painted for the room itself: an empty mark only widens the bounds the picture is fitted by.
        marks.add(new Mark(room, 0, null, null, false, Layer.ARROW, 0, false));
    }

    List<Breath> breaths() {
        return List.copyOf(breaths);
    }

    /** A note hanging from its place; {@code room} (figure units) keeps space for it in the picture. */
    void word(Word word, Rectangle2D room) {
        words.add(word);
        marks.add(new Mark(room, 0, null, null, false, Layer.ARROW, 0, false));
    }

    List<Word> words() {
        return List.copyOf(words);
    }

    void inset(Inset inset) {
        insets.add(inset);
    }

    void add(Mark mark) {
        marks.add(mark);
    }

    void stroke(Shape shape, double width, Color color, Layer layer, double depth, boolean halo) {
        marks.add(new Mark(shape, width, color, null, halo, layer, depth, false));
    }

    void dashed(Shape shape, double width, Color color, Layer layer, double depth) {
        marks.add(new Mark(shape, width, color, null, false, layer, depth, true));
    }

    void fill(Shape shape, Color fill, Color outline, double width, Layer layer, double depth, boolean halo) {
        marks.add(new Mark(shape, width, outline, fill, halo, layer, depth, false));
    }

    void addAll(Sketch other) {
        marks.addAll(other.marks);
    }

    /** The marks so far, in the order added (for tests). */
    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** The magnified views so far (for tests). */
    List<Inset> insets() {
        return List.copyOf(insets);
    }

    boolean isEmpty() {
        return marks.isEmpty();
    }

    /** The area the marks cover, strokes included (halos are allowed to spill). */
    Rectangle2D bounds() {
        Rectangle2D all = null;
        for (Mark m : marks) {
            Rectangle2D b = m.shape().getBounds2D();
            double pad = m.stroke() == null ? 0 : m.width() / 2;
            Rectangle2D r = new Rectangle2D.Double(
                    b.getX() - pad, b.getY() - pad, b.getWidth() + 2 * pad, b.getHeight() + 2 * pad);
            if (all == null) {
                all = r;
            } else {
                all.add(r);
            }
        }
        for (Inset in : insets) {
            Rectangle2D r = new Rectangle2D.Double(
                    in.centre().x - in.radius(), in.centre().y - in.radius(), 2 * in.radius(), 2 * in.radius());
            if (all == null) {
                all = r;
            } else {
                all.add(r);
            }
        }
        return all == null ? new Rectangle2D.Double() : all;
    }

    /**
     * Paints the marks; the caller has set a transform from figure units to the device. No line is drawn
     * thinner than {@code thinnest} figure units, so a small thumbnail keeps visible outlines.
     */
    void paint(Graphics2D g, double thinnest) {
        List<Mark> ordered = new ArrayList<>(marks);
        ordered.sort(Comparator.comparing(Mark::layer).thenComparingDouble(Mark::depth));
        for (Mark m : ordered) {
            if (m.halo()) {
                g.setColor(Color.WHITE);
                g.setStroke(round(Math.max(m.width(), thinnest) + 2 * HALO));
                g.draw(m.shape());
                if (m.fill() != null) {
                    g.fill(m.shape());
                }
            }
            if (m.fill() != null) {
                g.setColor(m.fill());
                g.fill(m.shape());
            }
            if (m.stroke() != null && m.width() > 0) {
                g.setColor(m.stroke());
                double w = Math.max(m.width(), thinnest);
                g.setStroke(m.dashed() ? dashes(w) : round(w));
                g.draw(m.shape());
            }
        }
        paintInsets(g, thinnest);
    }

    private void paintInsets(Graphics2D g, double thinnest) {
        for (Inset in : insets) {
            Ellipse2D.Double circle = new Ellipse2D.Double(
                    in.centre().x - in.radius(), in.centre().y - in.radius(), 2 * in.radius(), 2 * in.radius());
            // The leader: from the rim of the circle toward the part it magnifies.
            double dx = in.shows().x - in.centre().x;
            double dy = in.shows().y - in.centre().y;
            double len = Math.hypot(dx, dy);
            g.setColor(Tones.INK);
            if (len > in.radius()) {
                g.setStroke(round(Math.max(thinnest, 0.006)));
                g.draw(new Line2D.Double(
                        in.centre().x + dx / len * in.radius(),
                        in.centre().y + dy / len * in.radius(),
                        in.shows().x - dx / len * 0.03,
                        in.shows().y - dy / len * 0.03));
            }
            g.setColor(Color.WHITE);
            g.fill(circle);
            Shape clip = g.getClip();
            AffineTransform saved = g.getTransform();
            g.clip(circle);
            g.translate(in.centre().x, in.centre().y);
            g.scale(in.zoom(), in.zoom());
            g.translate(-in.focus().x, -in.focus().y);
            in.content().paint(g, thinnest / in.zoom());
            g.setTransform(saved);
            g.setClip(clip);
            g.setColor(Tones.INK);
            g.setStroke(round(Math.max(thinnest, 0.009)));
            g.draw(circle);
        }
    }

    private static BasicStroke dashes(double width) {
        return new BasicStroke(
                (float) width,
                BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND,
                4f,
                new float[] {(float) (width * 3.2), (float) (width * 2.2)},
                0f);
    }

    private static BasicStroke round(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
