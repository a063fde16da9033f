package org.backsheet.render.figure;

/** A point or direction in the figure's 3D space: x forward, y up, z toward the side-view reader. */
record Vec(double x, double y, double z) {

    static final Vec ZERO = new Vec(0, 0, 0);

    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y, z + o.z);
    }

    Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y, z - o.z);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k, z * k);
    }

    double dot(Vec o) {
        return x * o.x + y * o.y + z * o.z;
    }

    Vec cross(Vec o) {
        return new Vec(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    /** This vector turned by {@code degrees} about the unit {@code axis} (right-hand rule, Rodrigues). */
    Vec rotate(Vec axis, double degrees) {
        double a = Math.toRadians(degrees);
        double c = Math.cos(a);
        double s = Math.sin(a);
        return times(c).plus(axis.cross(this).times(s)).plus(axis.times(axis.dot(this) * (1 - c)));
    }
}
