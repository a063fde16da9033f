package org.backsheet.render.figure;

import java.awt.geom.Point2D;
import org.backsheet.model.figure.View;

/** Flattens the figure's 3D points onto the page for one view; depth says what is nearer the reader. */
final class Projection {

    /**
     * The three-quarter view looks from beyond the feet, this far round toward the person's left side... Seen
     * from the feet a twist is a plain tilt of the knees; a little from the side the trunk and the bent knees keep
     * their shape, so "lying on the back, knees bent" reads as in a side view.
     */
    private static final double OFF_AXIS = Math.toRadians(25);
    /** ...and this far down from above, so the mat is a floor the person lies on. */
    private static final double PITCH = Math.toRadians(38);

    /**
     * The view from the feet looks down this steeply, nearly from above: a leg crossing over the other runs across
     * the page, plainly over it, with the trunk and the arms out to the sides above it. (Less steep, bent knees were
     * read as straight legs and the lying person as sitting; from straight above, bent legs lying to one side read
     * as "running".)...
     */
    private static final double FEET_PITCH = Math.toRadians(62);
    /**
     * ...from this far away (in body heights): a little perspective makes the far end of the body smaller, which
     * reads as "lying away from you" at once.
     */
    private static final double FEET_DISTANCE = 2.6;

    /**
     * The raised side view looks from the person's near side, as the side view does (the head on the left and the
     * feet on the right of a lying person), but from this far above, so the mat is a floor and bent knees dropped
     * toward the reader lie on it. (Lower, a lying figure is larger but knees dropped toward the reader read as legs
     * lying flat; higher, the figure is small. From any height knees dropped away from the reader read as held up.)...
     */
    private static final double RAISED_PITCH = Math.toRadians(46);
    /** ...and this far round toward the feet, so the two bent knees separate a little instead of one hiding the other. */
    private static final double RAISED_YAW = Math.toRadians(15);

    private final View view;

    Projection(View view) {
        this.view = view;
    }

    View view() {
        return view;
    }

    Point2D.Double flat(Vec v) {
        return switch (view) {
            case SIDE -> new Point2D.Double(v.x(), v.y());
                // Seen from the ceiling: forward stays right, the side-view reader's side is down the page.
            case TOP -> new Point2D.Double(v.x(), -v.z());
                // Seen from in front: the person's right (near) side is on the reader's left.
            case FRONT -> new Point2D.Double(-v.z(), v.y());
                // As a person facing the reader is seen: their right is on the reader's left. (Drawn mirrored, with
                // their left on the reader's left, readers took a knee or a turn for the other side: "his left".)
                // Knees that fall to the left come toward the reader and lie plainly on the mat.
            case THREE_QUARTER -> {
                double across = v.x() * Math.sin(OFF_AXIS) + v.z() * Math.cos(OFF_AXIS);
                yield new Point2D.Double(-across, v.y() * Math.cos(PITCH) - toward(v) * Math.sin(PITCH));
            }
                // From the near side and above: the feet stay on the reader's right, the near side comes down the page.
            case RAISED_SIDE -> {
                double across = v.x() * Math.cos(RAISED_YAW) - v.z() * Math.sin(RAISED_YAW);
                yield new Point2D.Double(
                        across, v.y() * Math.cos(RAISED_PITCH) - raisedToward(v) * Math.sin(RAISED_PITCH));
            }
                // Seen from beyond the feet, as the face is seen: the person's right is on the reader's left.
            case FEET -> {
                double k = FEET_DISTANCE / (FEET_DISTANCE - depth(v));
                yield new Point2D.Double(-v.z() * k, (v.y() * Math.cos(FEET_PITCH) - v.x() * Math.sin(FEET_PITCH)) * k);
            }
        };
    }

    /** Larger is nearer the reader. */
    double depth(Vec v) {
        return switch (view) {
            case SIDE -> v.z();
            case TOP -> v.y();
            case FRONT -> v.x();
            case THREE_QUARTER -> toward(v) * Math.cos(PITCH) + v.y() * Math.sin(PITCH);
            case FEET -> v.x() * Math.cos(FEET_PITCH) + v.y() * Math.sin(FEET_PITCH);
            case RAISED_SIDE -> raisedToward(v) * Math.cos(RAISED_PITCH) + v.y() * Math.sin(RAISED_PITCH);
        };
    }

    /** How far a point is toward the three-quarter view's reader, along the floor: toward the feet and the left. */
    private static double toward(Vec v) {
        return v.x() * Math.cos(OFF_AXIS) - v.z() * Math.sin(OFF_AXIS);
    }

    /** How far a point is toward the raised side view's reader, along the floor: toward the near side and the feet. */
    private static double raisedToward(Vec v) {
        return v.z() * Math.cos(RAISED_YAW) + v.x() * Math.sin(RAISED_YAW);
    }
}
