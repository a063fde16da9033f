package org.backsheet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Presentation;
import org.backsheet.render.figure.PointTravel;

/**
 * The picture of an own exercise while the pose editor changes it: the joint angles of the start and finish
 * positions, either position taken from another picture, whether the exercise moves at all, how start and finish
 * are shown, the arrows and the captions over the pictures; every change can be undone. Free of Swing so the rules
 * are tested on their own.
 */
public final class PoseDraft {

    /** Which of the two positions an edit is for. */
    public enum Side {
        START,
        FINISH
    }

    /**
     * Everything an undo brings back: the picture as edited (its captions may hold empty texts while the user
     * types), the kept finish and third picture, and the languages whose captions the user typed here.
     */
    record State(Figure figure, Pose keptFinish, Pose keptThen, Set<String> typed) {}

    /** The picture as edited; its captions may hold empty texts while the user types (see {@link #figure()}). */
    private Figure figure;
    /** The caption rules, which know the picture as it was opened. */
    private final PoseCaptions captions;
    /**
     * The finish pose while the exercise is switched to a held position, so switching back restores it; null while
     * there is none to restore, and a new finish then starts from the start as edited so far (a clinician lost the
     * start's edits when the finish began from the pose first chosen).
     */
    private Pose keptFinish;
    /** Likewise the third picture of a library figure that has one (it goes with the finish). */
    private Pose keptThen;
    /** The languages whose captions the user typed here: they are theirs, whatever the positions. */
    private Set<String> typed = Set.of();

    private final DraftHistory<State> history = new DraftHistory<>();

    /** A draft of a library picture (or one taken from it unchanged): its captions go when its positions change. */
    public PoseDraft(Figure figure) {
        this(figure, false);
    }

    /** {@code ownCaptions}: the picture is the clinic's own, and so are its captions. */
    public PoseDraft(Figure figure, boolean ownCaptions) {
        this.figure = figure;
        this.captions = new PoseCaptions(figure, ownCaptions);
        this.keptFinish = figure.end();
        this.keptThen = figure.then();
    }

    /** The picture as edited, its captions as saved ({@link PoseCaptions#saved}). */
    public Figure figure() {
        return figure.toBuilder().captions(captions.saved(state())).build();
    }

    /** {@code language}'s captions, one per {@link #captionSlots slot}, "" for none ({@link #captionLabels}). */
    public List<String> captions(String language) {
        return captions.of(state(), language);
    }

    /** Sets one caption in one language (others stay); refuses one that {@link Figure#captionFits} does not. */
    public void setCaption(String language, int index, String text) {
        if (!Figure.captionFits(text)) {
            throw new IllegalArgumentException("a caption has at most " + Figure.CAPTION_MAX_CHARS + " characters");
        }
        change(List.of("caption", language, index), () -> restore(captions.with(state(), language, index, text)));
    }

    /** How many pictures can carry a caption ({@link PoseCaptions#slots}). */
    public int captionSlots() {
        return captions.slots(state());
    }

    /** Whether the captions print ({@link PoseCaptions#shown}). */
    public boolean captionsShown() {
        return captions.shown(state());
    }

    /** What each picture reads in {@code language} without a caption of its own (Start, Finish...; "" for none). */
    public List<String> captionLabels(String language) {
        return captions.labels(state(), language);
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** Takes back the last change (typing in one caption, or steps of one joint, count as one). */
    public void undo() {
        if (canUndo()) {
            restore(history.undo(state()));
        }
    }

    public void redo() {
        if (canRedo()) {
            restore(history.redo(state()));
        }
    }

    public boolean hasFinish() {
        return figure.end() != null;
    }

    /** Off makes the exercise a held position (its finish is kept for when it is switched on again). */
    public void setHasFinish(boolean on) {
        if (on == hasFinish()) {
            return;
        }
        change(null, () -> switchFinish(on));
    }

    private void switchFinish(boolean on) {
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

    /**
     * Sets one angle. Tilting the lower back turns the hips by as much, so the legs stay where they are (a clinician
     * leaning a seated person forward saw the legs swing through the floor).
     */
    public void setAngle(Side side, String name, double value) {
        change(List.of("angle", side, name), () -> {
            Pose pose = pose(side);
            Pose changed = pose.withEditable(name, value);
            if (name.equals("trunk")) {
                double turn = value - pose.editable("trunk");
                for (String hip : List.of("near.hip", "far.hip")) {
                    changed = changed.withEditable(hip, pose.editable(hip) + turn);
                }
            }
            put(side, changed);
        });
    }

    /**
     * Takes one position of another picture ({@code fromFinish} picks its finish, else its start). The start
     * brings the other picture's props and view along, since a lying pose needs its mat; the finish keeps this
     * picture's scene. Taking a finish makes the exercise move.
     */
    public void take(Side side, Figure from, boolean fromFinish) {
        change(null, () -> takePose(side, from, fromFinish));
    }

    private void takePose(Side side, Figure from, boolean fromFinish) {
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
        return presentation(figure);
    }

    /** How {@code figure} shows its start and finish; a held position is one picture, as a pair of one. */
    static Presentation presentation(Figure figure) {
        return figure.end() != null ? figure.effectivePresentation() : Presentation.PAIR;
    }

    public void setPresentation(Presentation presentation) {
        change(
                null,
                () -> figure = figure.toBuilder().presentation(presentation).build());
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
        double[] beside = PoseArrows.beside(PointTravel.shift(figure, point));
        List<Arrow> arrows = new ArrayList<>(figure.arrows());
        arrows.add(new Arrow(point, null, null, 0, beside[0], beside[1], both));
        change(null, () -> figure = figure.withArrows(arrows));
    }

    public void removeArrow(int index) {
        List<Arrow> arrows = new ArrayList<>(figure.arrows());
        arrows.remove(index);
        change(null, () -> figure = figure.withArrows(arrows));
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

    /** Makes one change and notes it for undo; {@code key} joins it to the previous change of the same thing. */
    private void change(Object key, Runnable edit) {
        State before = state();
        edit.run();
        history.record(before, state(), key);
    }

    private State state() {
        return new State(figure, keptFinish, keptThen, typed);
    }

    private void restore(State s) {
        figure = s.figure();
        keptFinish = s.keptFinish();
        keptThen = s.keptThen();
        typed = s.typed();
    }
}
