package org.backsheet.render.figure;

import java.util.List;
import org.backsheet.model.figure.Prop;

/**
 * Draws the props around a posed body, each placed from the body itself (a chair under the pelvis, the towel
 * round the raised foot). This class only chooses the drawer; each kind of prop has its own.
 */
final class PropSketcher {

    private final FloorSketcher floors;
    private final SeatSketcher seats;
    private final MachineSketcher machines;
    private final TowelSketcher towels;
    private final TreadmillSketcher treadmills;

    PropSketcher(Projection projection) {
        PropPen pen = new PropPen(projection);
        floors = new FloorSketcher(pen);
        seats = new SeatSketcher(pen);
        machines = new MachineSketcher(pen);
        towels = new TowelSketcher(pen);
        treadmills = new TreadmillSketcher(pen);
    }

    /** A person whose hips are this much higher than in the first picture has stood up from the seat. */
    static final double STOOD_UP = 0.1;

    void sketch(PosedBody b, List<Prop> props, Sketch into) {
        sketch(b, b, props, into);
    }

    /**
     * The props of a later picture, {@code first} being the body of the first: a person who has stood up since
     * leaves the chair where it stood (sit to stand), instead of carrying it up under the hips.
     */
    void sketch(PosedBody b, PosedBody first, List<Prop> props, Sketch into) {
        PosedBody seated = b.pelvis.y() > first.pelvis.y() + STOOD_UP ? first : b;
        for (Prop prop : props) {
            switch (prop) {
                case FLOOR -> floors.floor(b, into, false);
                case MAT -> floors.floor(b, into, true);
                case WALL -> floors.wall(b, into);
                case BACK_GAP -> floors.backGap(b, into);
                case CHAIR -> seats.chair(seated, into);
                case LEG_REST -> seats.legRest(b, into);
                case SWISS_BALL -> seats.ball(b, into);
                case CHAIR_TO_HOLD -> seats.chairToHold(b, into);
                case TOWEL -> towels.towel(b, false, into);
                case STATIONARY_BIKE -> machines.bike(b, into);
                case TREADMILL -> treadmills.treadmill(b, into);
                case EXERCISE_MACHINE -> machines.machine(b, into);
                default -> {}
            }
        }
    }

    /** The towel of an end position drawn over the start: dashed, like the body it belongs to. */
    void endTowel(PosedBody b, Sketch into) {
        towels.towel(b, true, into);
    }
}
