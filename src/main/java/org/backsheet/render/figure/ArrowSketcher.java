package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Pose;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * Draws the arrows of a figure. An arrow that follows a body point traces that point while the pose blends
 * from start to end, so it bends the way the limb really travels.
 */
final class ArrowSketcher {

    static final double WIDTH = 0.02;
    static final Color INK = Tones.INK;
    private static final int STEPS = 24;
    private static final double HEAD_LENGTH = 0.07;
    /** A shorter movement is drawn with an arrow this long, centred on it, so every arrow reads at print size. */
    private static final double MIN_LENGTH = 0.15;
    /** However short the movement, the shaft keeps at least this share of the arrow. */
    private static final double SHAFT_SHARE = 0.45;
    /** The room a breath word takes in the picture (figure units): "out" at print size. */
    private static final double WORD_W = 0.26;

    private static final double WORD_H = 0.1;
    /** The wave of a breath's shaft. */
    private static final double WAVE_AMPLITUDE = 0.011;

    private static final double WAVE_LENGTH = 0.045;

    private final Projection projection;
    /** Sizes are multiplied by this: below 1 inside a magnified detail, so the arrow keeps its printed size. */
    private final double size;

    ArrowSketcher(Projection projection) {
        this(projection, 1);
    }

    ArrowSketcher(Projection projection, double size) {
        this.projection = projection;
        this.size = size;
    }

    void sketch(Arrow arrow, Pose start, Pose end, Sketch into) {
        if (arrow.breath() && !arrow.followsBody()) {
            breath(arrow, start, into);
            return;
        }
        List<Point2D.Double> points = arrow.followsBody() ? traced(arrow.along(), start, end) : bent(arrow);
        for (Point2D.Double p : points) {
            p.x += arrow.offsetX();
            p.y += arrow.offsetY();
        }
        if (points.size() < 2 || length(points) < PointTravel.STILL) {
            return;
        }
        points = atLeast(points, MIN_LENGTH * size);
        int heads = arrow.both() ? 2 : 1;
        double headLength = Math.min(HEAD_LENGTH * size, length(points) * (1 - SHAFT_SHARE) / heads);
        // Leave room for the heads so the shaft does not poke through their points.
        List<Point2D.Double> shaft = trim(points, headLength * 0.6, arrow.both() ? headLength * 0.6 : 0);
        Path2D.Double line = new Path2D.Double();
        line.moveTo(shaft.get(0).x, shaft.get(0).y);
        for (int i = 1; i < shaft.size(); i++) {
            line.lineTo(shaft.get(i).x, shaft.get(i).y);
        }
        if (arrow.breath()) {
            // Air drawn as a wavy line: a dashed straight shaft by the face read as "move your head".
            into.stroke(
                    wave(shaft, WAVE_AMPLITUDE * size, WAVE_LENGTH * size),
                    WIDTH * size * 0.7,
                    INK,
                    Layer.ARROW,
                    0,
                    true);
        } else {
            into.stroke(line, WIDTH * size, INK, Layer.ARROW, 0, true);
        }
        head(points, headLength, into);
        if (arrow.both()) {
            List<Point2D.Double> reversed = new ArrayList<>(points);
            Collections.reverse(reversed);
            head(reversed, headLength, into);
        }
    }

    /**
     * Breath as a word ("in", "out") at the end of the arrow away from the head: readers took any arrow by the face
     * for "move your head", dashed or wavy. An arrow toward the head is breathing in.
     */
    private void breath(Arrow arrow, Pose pose, Sketch into) {
        Point2D.Double head = projection.flat(new PosedBody(pose).head);
        Point2D.Double from = new Point2D.Double(arrow.from()[0] + arrow.offsetX(), arrow.from()[1] + arrow.offsetY());
        Point2D.Double to = new Point2D.Double(arrow.to()[0] + arrow.offsetX(), arrow.to()[1] + arrow.offsetY());
        boolean inhale = to.distance(head) < from.distance(head);
        Point2D.Double at = inhale ? from : to;
        Rectangle2D room = new Rectangle2D.Double(at.x - WORD_W / 2, at.y - WORD_H / 2, WORD_W, WORD_H);
        into.breath(new Sketch.Breath(inhale, at), room);
    }

    /**
     * The polyline {@code points} drawn as a wave of the given amplitude and wavelength along it: one curve per half
     * wave, so a breath costs few bytes in the PDF.
     */
    private static Path2D.Double wave(List<Point2D.Double> points, double amplitude, double wavelength) {
        double total = length(points);
        int halves = Math.max(2, (int) Math.round(2 * total / wavelength));
        double step = total / halves;
        Path2D.Double out = new Path2D.Double();
        Point2D.Double first = at(points, 0);
        out.moveTo(first.x, first.y);
        for (int k = 0; k < halves; k++) {
            Point2D.Double mid = at(points, (k + 0.5) * step);
            Point2D.Double next = at(points, (k + 1) * step);
            Point2D.Double before = at(points, k * step);
            double dx = next.x - before.x;
            double dy = next.y - before.y;
            double len = Math.max(1e-9, Math.hypot(dx, dy));
            // A quadratic curve reaches half way to its control point: twice the amplitude out.
            double side = (k % 2 == 0 ? 2 : -2) * amplitude;
            out.quadTo(mid.x - dy / len * side, mid.y + dx / len * side, next.x, next.y);
        }
        return out;
    }

    /** The point {@code distance} along the polyline {@code points}. */
    private static Point2D.Double at(List<Point2D.Double> points, double distance) {
        double left = distance;
        for (int i = 1; i < points.size(); i++) {
            Point2D.Double a = points.get(i - 1);
            Point2D.Double b = points.get(i);
            double len = a.distance(b);
            if (left <= len && len > 1e-12) {
                double t = left / len;
                return new Point2D.Double(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
            }
            left -= len;
        }
        return points.get(points.size() - 1);
    }

    private List<Point2D.Double> traced(String along, Pose start, Pose end) {
        List<Point2D.Double> points = new ArrayList<>();
        Pose to = end == null ? start : end;
        for (int i = 0; i <= STEPS; i++) {
            Pose p = start.toward(to, i / (double) STEPS);
            points.add(projection.flat(new PosedBody(p).point(along)));
        }
        return points;
    }

    private List<Point2D.Double> bent(Arrow arrow) {
        double[] a = arrow.from();
        double[] b = arrow.to();
        List<Point2D.Double> points = new ArrayList<>();
        if (a == null || b == null) {
            return points;
        }
        double mx = (a[0] + b[0]) / 2 - (b[1] - a[1]) * arrow.bend();
        double my = (a[1] + b[1]) / 2 + (b[0] - a[0]) * arrow.bend();
        for (int i = 0; i <= STEPS; i++) {
            double t = i / (double) STEPS;
            double u = 1 - t;
            points.add(new Point2D.Double(
                    u * u * a[0] + 2 * u * t * mx + t * t * b[0], u * u * a[1] + 2 * u * t * my + t * t * b[1]));
        }
        return points;
    }

    private void head(List<Point2D.Double> points, double headLength, Sketch into) {
        Point2D.Double tip = points.get(points.size() - 1);
        Point2D.Double back = pointBefore(points, headLength);
        double dx = tip.x - back.x;
        double dy = tip.y - back.y;
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        dx /= len;
        dy /= len;
        double half = headLength * 0.55;
        Path2D.Double h = new Path2D.Double();
        h.moveTo(tip.x, tip.y);
        h.lineTo(tip.x - dx * headLength - dy * half, tip.y - dy * headLength + dx * half);
        h.lineTo(tip.x - dx * headLength * 0.8, tip.y - dy * headLength * 0.8);
        h.lineTo(tip.x - dx * headLength + dy * half, tip.y - dy * headLength - dx * half);
        h.closePath();
        into.fill(h, INK, INK, WIDTH * 0.5 * size, Layer.ARROW, 1, false);
    }

    /** The point on the path {@code distance} back from its end. */
    private static Point2D.Double pointBefore(List<Point2D.Double> points, double distance) {
        double left = distance;
        for (int i = points.size() - 1; i > 0; i--) {
            double seg = points.get(i).distance(points.get(i - 1));
            if (seg >= left) {
                double t = left / seg;
                Point2D.Double a = points.get(i);
                Point2D.Double b = points.get(i - 1);
                return new Point2D.Double(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
            }
            left -= seg;
        }
        return points.get(0);
    }

    /** The part of the path from {@code atStart} after its beginning to {@code atEnd} before its end. */
    private static List<Point2D.Double> trim(List<Point2D.Double> points, double atEnd, double atStart) {
        double total = length(points);
        double from = atStart;
        double to = total - atEnd;
        List<Point2D.Double> out = new ArrayList<>();
        double walked = 0;
        for (int i = 1; i < points.size(); i++) {
            Point2D.Double a = points.get(i - 1);
            Point2D.Double b = points.get(i);
            double seg = a.distance(b);
            double s0 = walked;
            double s1 = walked + seg;
            if (s1 >= from && s0 <= to && seg > 0) {
                double t0 = Math.max(0, (from - s0) / seg);
                double t1 = Math.min(1, (to - s0) / seg);
                if (out.isEmpty()) {
                    out.add(new Point2D.Double(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0));
                }
                out.add(new Point2D.Double(a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1));
            }
            walked = s1;
        }
        return out.size() < 2 ? points : out;
    }

    /** The path stretched about its middle to at least {@code min} long; a longer path is kept. */
    private static List<Point2D.Double> atLeast(List<Point2D.Double> points, double min) {
        double len = length(points);
        if (len >= min) {
            return points;
        }
        double k = min / len;
        Point2D.Double first = points.get(0);
        Point2D.Double last = points.get(points.size() - 1);
        double cx = (first.x + last.x) / 2;
        double cy = (first.y + last.y) / 2;
        List<Point2D.Double> out = new ArrayList<>();
        for (Point2D.Double p : points) {
            out.add(new Point2D.Double(cx + (p.x - cx) * k, cy + (p.y - cy) * k));
        }
        return out;
    }

    private static double length(List<Point2D.Double> points) {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += points.get(i).distance(points.get(i - 1));
        }
        return sum;
    }
}
