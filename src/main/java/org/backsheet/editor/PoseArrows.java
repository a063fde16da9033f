package org.backsheet.editor;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.figure.Arrow;

/** Where the pose editor puts a new arrow, and the body points it offers to follow. */
public final class PoseArrows {

    /** A new arrow sits this far from the path of the point it follows (figure units), beside the limb, not on it. */
    public static final double LIFT = 0.06;

    private PoseArrows() {}

    /**
     * The offset of a new arrow: {@link #LIFT} across its path, above a path that runs sideways and in front
     * of one that runs up or down (an arrow lifted above a pelvis rising from a chair ran up over the chest).
     */
    public static double[] beside(Point2D.Double path) {
        double length = Math.hypot(path.x, path.y);
        if (length == 0) {
            return new double[] {0, LIFT};
        }
        double nx = -path.y / length;
        double ny = path.x / length;
        if (ny + 0.5 * nx < 0) {
            nx = -nx;
            ny = -ny;
        }
        return new double[] {LIFT * nx, LIFT * ny};
    }

    /** The body points an arrow can follow, middle of the body first, then each side's: the list users pick from. */
    public static List<String> points() {
        List<String> points = new ArrayList<>(List.of(Arrow.MIDDLE_POINTS));
        for (String p : Arrow.SIDE_POINTS) {
            points.add(p + "Near");
            points.add(p + "Far");
        }
        return points;
    }
}
