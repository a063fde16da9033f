package org.backsheet.render.figure;

import java.awt.geom.Point2D;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;

/**
 * How far a body point travels on the picture while a figure moves from its start to its finish, traced the way
 * an arrow that follows the point is drawn: the pose editor refuses an arrow on a point that stays where it is (a
 * clinician added one at a still point, and the picture showed no arrow at all).
 */
public final class PointTravel {

    /**
     * Along less than this (figure units, a standing body being about 1) the painter draws no arrow at all; a
     * small movement above it still gets an arrow of readable length, so a slight tilt can be shown.
     */
    public static final double STILL = 0.01;

    private static final int STEPS = 24;

    private PointTravel() {}

    /** The length of the path {@code point} takes from the start to the finish; 0 for a held position. */
    public static double of(Figure figure, String point) {
        if (figure.end() == null) {
            return 0;
        }
        Projection projection = new Projection(figure.view());
        double length = 0;
        Point2D.Double last = null;
        for (int i = 0; i <= STEPS; i++) {
            Pose pose = figure.start().toward(figure.end(), i / (double) STEPS);
            Point2D.Double here = projection.flat(new PosedBody(pose).point(point));
            if (last != null) {
                length += last.distance(here);
            }
            last = here;
        }
        return length;
    }

    /**
     * Where {@code point} ends up on the picture relative to where it starts (figure units, y up); nothing for a
     * held position. The pose editor sets a new arrow beside this path, not along the body.
     */
    public static Point2D.Double shift(Figure figure, String point) {
        if (figure.end() == null) {
            return new Point2D.Double();
        }
        Projection projection = new Projection(figure.view());
        Point2D.Double from = projection.flat(new PosedBody(figure.start()).point(point));
        Point2D.Double to = projection.flat(new PosedBody(figure.end()).point(point));
        return new Point2D.Double(to.x - from.x, to.y - from.y);
    }

    /** Whether {@code point} moves between the start and the finish enough to draw an arrow along it. */
    public static boolean moves(Figure figure, String point) {
        return of(figure, point) >= STILL;
    }
}
