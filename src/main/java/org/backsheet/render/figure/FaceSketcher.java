package org.backsheet.render.figure;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.backsheet.model.figure.View;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * The features of a drawn head that tell which way the face points: eyes and a mouth on a face turned to the
 * reader, and the dark hair over the back of the head. A blank round head was read as the back of the head, and a
 * press-up seen face down as a sit-up.
 */
final class FaceSketcher {

    /** How much of a face must point at the reader for the three-quarter view to show its eyes and mouth. */
    private static final double FACING_READER = 0.35;

    private final Projection projection;

    FaceSketcher(Projection projection) {
        this.projection = projection;
    }

    /**
     * Seen from above at three quarters, a face turned up is turned to the reader as much as across the page: it
     * shows its eyes and mouth (a profile nose there read as the back of the head).
     */
    boolean facingReader(PosedBody b) {
        // From the side and above likewise: a face turned up shows its eyes and mouth, a face turned away its
        // profile pointing up the page, which is the cue of the head turn.
        return (projection.view() == View.THREE_QUARTER || projection.view() == View.RAISED_SIDE)
                && projection.depth(b.head.plus(b.face)) - projection.depth(b.head) > FACING_READER;
    }

    /**
     * Eyes and a mouth on a face turned to the reader: without them a blank round head seen from the front was
     * read as the back of the head.
     */
    void frontFace(PosedBody b, Point2D.Double c, double r, Layer layer, double d, Tones tones, Sketch into) {
        Point2D.Double top = p(b.head.plus(b.crown.times(r)));
        double ux = (top.x - c.x) / r;
        double uy = (top.y - c.y) / r;
        double len = Math.max(1e-9, Math.hypot(ux, uy));
        ux /= len;
        uy /= len;
        if (projection.view() == View.THREE_QUARTER || projection.view() == View.RAISED_SIDE) {
            // A face seen at three quarters: its features move toward the side it is turned to.
            Point2D.Double tip = p(b.head.plus(b.face.times(r)));
            c = new Point2D.Double(c.x + (tip.x - c.x) * 0.35, c.y + (tip.y - c.y) * 0.35);
        }
        for (int side = -1; side <= 1; side += 2) {
            Point2D.Double eye = new Point2D.Double(
                    c.x + ux * r * 0.05 + uy * r * 0.36 * side, c.y + uy * r * 0.05 - ux * r * 0.36 * side);
            into.fill(Shapes.circle(eye, r * 0.12), tones.ink(), null, 0, layer, d + 0.00002, false);
        }
        Path2D.Double mouth = new Path2D.Double();
        double mx = c.x - ux * r * 0.45;
        double my = c.y - uy * r * 0.45;
        mouth.moveTo(mx + uy * r * 0.25, my - ux * r * 0.25);
        mouth.lineTo(mx - uy * r * 0.25, my + ux * r * 0.25);
        into.stroke(mouth, BodySketcher.LINE * 0.8, tones.ink(), layer, d + 0.00002, false);
    }

    /** Dark hair over the back and top of the head: the part of the head away from the face and the chin. */
    Area hair(PosedBody b, Point2D.Double c, double r, boolean faceAcross) {
        Point2D.Double faceTip = p(b.head.plus(b.face.times(r)));
        Point2D.Double chin = p(b.head.minus(b.crown.times(r)));
        double sx = (faceTip.x - c.x) * 0.45 + (chin.x - c.x) * 0.35;
        double sy = (faceTip.y - c.y) * 0.45 + (chin.y - c.y) * 0.35;
        if (!faceAcross && (projection.view() == View.FEET || facingReader(b))) {
            // A face turned up, seen from the feet (or at three quarters): the hair is a cap beyond the forehead.
            sx = (chin.x - c.x) * 0.5;
            sy = (chin.y - c.y) * 0.5;
        } else if (!faceAcross && projection.depth(b.head.plus(b.face)) < projection.depth(b.head)) {
            // Seen from behind: hair nearly all over, a little neck below it.
            sx = (chin.x - c.x) * 0.9;
            sy = (chin.y - c.y) * 0.9;
        }
        Area hair = Shapes.circle(c, r * 0.97);
        hair.subtract(Shapes.circle(new Point2D.Double(c.x + sx, c.y + sy), r * 1.02));
        return hair;
    }

    private Point2D.Double p(Vec v) {
        return projection.flat(v);
    }
}
