package org.backsheet.model.figure;

/**
 * Things drawn around the figure. Each prop places itself from the pose (a chair goes under the pelvis, a
 * towel runs from hand to foot), so the data only names it.
 */
public enum Prop {
    /** A plain floor line under the lowest point of the body. */
    FLOOR,
    /** An exercise mat on the floor. */
    MAT,
    /** A wall behind the back. */
    WALL,
    /** A chair under the pelvis, facing the way the figure faces. */
    CHAIR,
    /** A second chair in front, supporting the heels. */
    LEG_REST,
    /** A Swiss (gym) ball under the pelvis. */
    SWISS_BALL,
    /** A towel or strap from the hands to the raised foot. */
    TOWEL,
    /**
     * A stationary bike under a person sitting on it: saddle under the pelvis, pedals at the feet, handlebar at the
     * hands.
     */
    STATIONARY_BIKE,
    /**
     * A treadmill under a person standing or walking on it (nothing under a person sitting): with {@code
     * STATIONARY_BIKE}, which draws nothing under a person standing, one figure shows the bike and the treadmill side
     * by side. Side view.
     */
    TREADMILL,
    /** A generic gym machine: seat and backrest, with a pull bar at raised hands and a plate at raised feet. */
    EXERCISE_MACHINE,
    /** A chair in front of a standing person, its backrest at the hands, to hold for balance. */
    CHAIR_TO_HOLD,
    /**
     * Not a thing but a mark: the space between a lying person's lower back and the floor, hatched, so that an
     * arched back shows a hatched gap that is gone when the back presses flat (the pelvic tilt). Side view only.
     */
    BACK_GAP,
    /**
     * A mark: a dashed straight line from the shoulders through the hips to the knees, drawn on a picture where
     * they are in line (the top of a bridge) and nowhere else. Side view.
     */
    BODY_LINE,
    /**
     * A mark: the stomach muscles drawn as working, on every picture after the first (the first shows them
     * relaxed), for a movement too small to see (stomach tightening).
     */
    TIGHT_STOMACH,
    /**
     * A mark: the stomach and buttock muscles drawn as working on every picture, for a movement that starts by
     * tightening both (the hip lift). Side view.
     */
    TIGHT_STOMACH_AND_BUTTOCKS,
    /**
     * A mark: a dashed track on the floor from where the near heel was in the picture before to where it is, drawn
     * on every picture after the first, so a heel that slides along the floor is not read as a leg lifted. Side view.
     */
    HEEL_TRACK,
    /**
     * A mark: the near leg shaded light grey on every picture, so the one leg that moves or crosses stands out from
     * the legs and arms around it: the sliding leg of heel slides, the lifted leg of the straight leg raise, the leg
     * that crosses over in the leg twist; where the far foot rests on the near leg (the piriformis stretch seen from
     * the side of the leg that stays), the far leg, the one that crosses. Readers asked for it on each ("a
     * knot", "which leg moves?"); any view.
     */
    SHADED_LEG,
    /**
     * A mark: the back half of the near thigh shaded on every picture after the first, where a hamstring stretch is
     * felt. Readers of the standing stretch saw "a toe touch" and asked for the place the stretch is felt to be
     * marked. Side view.
     */
    STRETCHED_HAMSTRING,
    /**
     * A mark: the front of the near thigh where it leaves the hip shaded on every picture after the first, where a
     * kneeling hip flexor stretch is felt (readers saw "a plain lunge"). Side view.
     */
    STRETCHED_HIP_FLEXOR,
    /**
     * A mark: the words "a few cm" beside the gap under the lifted hips, on every picture after the first, for a lift
     * that stays small (the hip lift: readers took it for the bridge's full lift, and a drawn measure in the gap
     * for "a peg holding the hips up"). Side view.
     */
    SMALL_LIFT
}
