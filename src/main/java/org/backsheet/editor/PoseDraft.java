package org.backsheet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Presentation;
import org.backsheet.render.figure.PointTravel;

/**
 * The picture of an own exercise while the pose editor changes it: the joint angles of the start and finish
 * positions, either position taken from another picture, whether the exercise moves at all, how start and finish
 * are shown, and the arrows. Free of Swing so the rules are tested on their own.
 */
public final class PoseDraft {

    /** Which of the two positions an edit is for. */
    public enum Side {
        START,
        FINISH
    }

    /** An arrow added here sits this far above the point it follows (figure units), beside the limb, not on it. */
    static final double ARROW_LIFT = 0.06;

    private Figure figure;
    /** The picture as it was opened: its captions describe these positions only. */
    private final Figure opened;
    /**
     * The finish pose while the exercise is switched to a held position, so switching back restores it; null while
     * there is none to restore, and a new finish then starts from the start as edited so far (a clinician lost the
     * start's edits when the finish began from the pose first chosen).
     */
    private Pose keptFinish;
    /** Likewise the third picture of a library figure that has one (it goes with the finish). */
    private Pose keptThen;

    public PoseDraft(Figure figure) {
        this.figure = figure;
        this.opened = figure;
        this.keptFinish = figure.end();
        this.keptThen = figure.then();
    }

    /**
     * The picture as edited. A library picture's captions ("Hips up a little") say what changes between its own
     * positions: once a position differs from those, they are left out and the pictures read Start and Finish, so
     * a clinic's new exercise never carries words meant for another.
     */
    public Figure figure() {
        boolean samePositions = Objects.equals(figure.start(), opened.start())
                && Objects.equals(figure.end(), opened.end())
                && Objects.equals(figure.then(), opened.then());
        return samePositions ? figure : figure.toBuilder().captions(Map.of()).build();
    }

    public boolean hasFinish() {
        return figure.end() != null;
    }

    /** Off makes the exercise a held position (its finish is kept for when it is switched on again). */
    public void setHasFinish(boolean on) {
        if (on == hasFinish()) {
            return;
        }
        if (on) {
            figure = figure.toBuilder()
                    .end(keptFinish != null ? keptFinish : figure.start())
                    .then(keptThen)
                    .build();
        } else {
            keptFinish = figure.end();
            keptThen = figure.then();
            figure = figure.withEnd(null);
        }
    }

    /** The angle {@link Pose#editable} calls {@code name}; a held position's finish shows its start. */
    public double angle(Side side, String name) {
        return pose(side).editable(name);
    }

    public void setAngle(Side side, String name, double value) {
        put(side, pose(side).withEditable(name, value));
    }

    /**
     * Takes one position of another picture ({@code fromFinish} picks its finish, else its start). The start
     * brings the other picture's props and view along, since a lying pose needs its mat; the finish keeps this
     * picture's scene. Taking a finish makes the exercise move.
     */
    public void take(Side side, Figure from, boolean fromFinish) {
        Pose pose = fromFinish && from.end() != null ? from.end() : from.start();
        if (side == Side.START) {
            figure = figure.toBuilder()
                    .view(from.view())
                    .props(from.props())
                    .start(pose)
                    .build();
        } else {
            figure = figure.withEnd(pose);
        }
    }

    /** How start and finish are shown: two pictures side by side, or the finish dashed over the start. */
    public Presentation presentation() {
        return hasFinish() ? figure.effectivePresentation() : Presentation.PAIR;
    }

    public void setPresentation(Presentation presentation) {
        figure = figure.toBuilder().presentation(presentation).build();
    }

    public List<Arrow> arrows() {
        return figure.arrows();
    }

    /**
     * Whether {@code point} moves between the start and the finish: an arrow can only follow a point that does
     * (a clinician added one at a still point and got no arrow in the picture).
     */
    public boolean moves(String point) {
        return PointTravel.moves(figure, point);
    }

    /**
     * Adds an arrow that follows {@code point} (a name {@link Arrow#isBodyPoint} knows, that {@link #moves}) from
     * the start to the finish, a little above it; {@code both} gives it a head at each end for a movement back and
     * forth.
     */
    public void addArrow(String point, boolean both) {
        if (!Arrow.isBodyPoint(point)) {
            throw new IllegalArgumentException("not a body point: " + point);
        }
        if (!moves(point)) {
            throw new IllegalArgumentException(point + " does not move between the start and the finish");
        }
        List<Arrow> arrows = new ArrayList<>(figure.arrows());
        arrows.add(new Arrow(point, null, null, 0, 0, ARROW_LIFT, both));
        figure = figure.withArrows(arrows);
    }

    public void removeArrow(int index) {
        List<Arrow> arrows = new ArrayList<>(figure.arrows());
        arrows.remove(index);
        figure = figure.withArrows(arrows);
    }

    /** The body points an arrow can follow, middle of the body first, then each side's: the list users pick from. */
    public static List<String> arrowPoints() {
        List<String> points = new ArrayList<>(List.of(Arrow.MIDDLE_POINTS));
        for (String p : Arrow.SIDE_POINTS) {
            points.add(p + "Near");
            points.add(p + "Far");
        }
        return points;
    }

    /** The position shown for {@code side}; a held position's finish is its start. */
    public Pose pose(Side side) {
        return side == Side.FINISH && figure.end() != null ? figure.end() : figure.start();
    }

    private void put(Side side, Pose pose) {
        if (side == Side.START) {
            figure = figure.withStart(pose);
        } else if (hasFinish()) {
            figure = figure.withEnd(pose);
        }
    }
}
