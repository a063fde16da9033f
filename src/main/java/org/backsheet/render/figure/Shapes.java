package org.backsheet.render.figure;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/** The rounded body shapes, built in page units (after projection) as areas that can be joined and outlined. */
final class Shapes {

    private Shapes() {}

    static Area circle(Point2D.Double c, double r) {
        return new Area(new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r));
    }

    /** A limb segment from {@code a} (radius {@code ra}) to {@code b} (radius {@code rb}), with round ends. */
    static Area capsule(Point2D.Double a, Point2D.Double b, double ra, double rb) {
        Area out = circle(a, ra);
        out.add(circle(b, rb));
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double len = Math.hypot(dx, dy);
        if (len > 1e-9) {
            double nx = -dy / len;
            double ny = dx / len;
            Path2D.Double side = new Path2D.Double();
            side.moveTo(a.x + nx * ra, a.y + ny * ra);
            side.lineTo(b.x + nx * rb, b.y + ny * rb);
            side.lineTo(b.x - nx * rb, b.y - ny * rb);
            side.lineTo(a.x - nx * ra, a.y - ny * ra);
            side.closePath();
            out.add(new Area(side));
        }
        return out;
    }

    /** The closed polygon through {@code points}, its corners rounded by {@code round}. */
    static Area rounded(double round, Point2D.Double... points) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(points[0].x, points[0].y);
        for (int i = 1; i < points.length; i++) {
            p.lineTo(points[i].x, points[i].y);
        }
        p.closePath();
        Area out = new Area(p);
        out.add(new Area(
                new BasicStroke((float) round, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(p)));
        return out;
    }

    /** The outline of a stroked line as an area, to be outlined or dashed like a body part. */
    static Area thick(Shape line, double width) {
        return new Area(
                new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(line));
    }
}
