package org.backsheet.model.figure;

import java.util.List;
import java.util.Objects;

/**
 * The drawn picture of an exercise: a start pose and, where the exercise moves, an end pose, seen from one
 * {@link View}, with props and arrows. {@code end} may be null (a held position). {@code endView} lets the end
 * pose be seen from elsewhere (a twist shown from above after a side view of the start); null means
 * {@code view}. {@code presentation} null means: overlay when only limbs move, a pair otherwise.
 */
public record Figure(View view, View endView, List<Prop> props, Pose start, Pose end,
                     Presentation presentation, List<Arrow> arrows) {

    public Figure {
        view = view == null ? View.SIDE : view;
        props = props == null ? List.of() : List.copyOf(props);
        Objects.requireNonNull(start, "start");
        arrows = arrows == null ? List.of() : List.copyOf(arrows);
    }

    /** The view of the end pose. */
    public View effectiveEndView() {
        return endView == null ? view : endView;
    }

    /** How start and end are shown: the stored choice, or the one that reads best for this movement. */
    public Presentation effectivePresentation() {
        if (end == null) {
            return Presentation.OVERLAY;
        }
        if (presentation != null) {
            return presentation;
        }
        if (effectiveEndView() != view) {
            return Presentation.PAIR;
        }
        boolean bodyMoves = Math.abs(start.x() - end.x()) > 0.02 || Math.abs(start.y() - end.y()) > 0.02
                || Math.abs(start.trunk() - end.trunk()) > 5 || Math.abs(start.spine() - end.spine()) > 5
                || Math.abs(start.roll() - end.roll()) > 5 || Math.abs(start.twist() - end.twist()) > 5;
        return bodyMoves ? Presentation.PAIR : Presentation.OVERLAY;
    }

    public boolean hasProp(Prop prop) {
        return props.contains(prop);
    }
}
