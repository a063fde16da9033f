package org.backsheet.render.figure;

/**
 * The orientation of one body segment: its forward, up (toward the head, or toward the parent joint for a
 * limb) and right directions. Joint angles are turns about these axes.
 */
record Frame(Vec forward, Vec up, Vec right) {

    /** Standing upright facing +x; the right side faces the side-view reader. */
    static final Frame UPRIGHT = new Frame(new Vec(1, 0, 0), new Vec(0, 1, 0), new Vec(0, 0, 1));

    Frame rotate(Vec axis, double degrees) {
        return new Frame(forward.rotate(axis, degrees), up.rotate(axis, degrees), right.rotate(axis, degrees));
    }

    /** Tips the up axis forward (bending forward at this joint when positive). */
    Frame pitchForward(double degrees) {
        return rotate(right, -degrees);
    }

    /** Turns about the up axis; positive turns the front toward the right side. */
    Frame turnRight(double degrees) {
        return rotate(up, -degrees);
    }

    /** Tilts about the forward axis; positive moves the lower end toward the right side. */
    Frame tiltLowerRight(double degrees) {
        return rotate(forward, -degrees);
    }

    Vec down() {
        return up.times(-1);
    }
}
