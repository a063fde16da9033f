package org.backsheet.render.figure;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.backsheet.model.figure.View;
import org.backsheet.render.figure.Sketch.Layer;

/** What every prop drawer shares: the line weight and colours of props, the view, and the floor line. */
final class PropPen {

    static final double LINE = 0.013;
    static final Color INK = Tones.INK;
    /** Props are white shapes outlined in black, like the body. */
    static final Color PALE = Color.WHITE;
    /** How far the pelvis (the hip joints) sits above a seat. */
    static final double BUTTOCK = 0.06;

    final Projection projection;
    final View view;

    PropPen(Projection projection) {
        this.projection = projection;
        this.view = projection.view();
    }

    Point2D.Double flat(Vec v) {
        return projection.flat(v);
    }

    /** The projected polyline through {@code points}. */
    Path2D.Double path(Vec... points) {
        Path2D.Double p = new Path2D.Double();
        Point2D.Double f = projection.flat(points[0]);
        p.moveTo(f.x, f.y);
        for (int i = 1; i < points.length; i++) {
            f = projection.flat(points[i]);
            p.lineTo(f.x, f.y);
        }
        return p;
    }

    /** The area the body's joints cover on the page. */
    Rectangle2D extent(PosedBody b) {
        Rectangle2D r = null;
        for (PosedBody.Side s : List.of(b.near, b.far)) {
            for (Vec v : List.of(s.hip(), s.knee(), s.heel(), s.toe(), s.elbow(), s.hand())) {
                Point2D.Double p = projection.flat(v);
                if (r == null) {
                    r = new Rectangle2D.Double(p.x, p.y, 0, 0);
                } else {
                    r.add(p);
                }
            }
        }
        for (Vec v : List.of(b.head, b.neck, b.pelvis)) {
            r.add(projection.flat(v));
        }
        return r;
    }

    /** The floor line under the body, from {@code fromX} (or the body's back end) to past its front. */
    void floorUnder(PosedBody b, double fromX, Sketch into) {
        Rectangle2D e = extent(b);
        into.stroke(
                new Line2D.Double(Math.min(fromX, e.getMinX() - 0.1), 0, e.getMaxX() + 0.1, 0),
                LINE,
                INK,
                Layer.BEHIND,
                -1,
                false);
    }

    /** The height of the seat under a sitting person. */
    static double seatTop(PosedBody b) {
        return b.pelvis.y() - BUTTOCK;
    }
}
