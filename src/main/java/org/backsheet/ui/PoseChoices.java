package org.backsheet.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.backsheet.editor.PlainPoses;
import org.backsheet.model.Exercise;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;

/**
 * The pictures a clinic's own picture can start from, in the window's words: the plain positions first (standing,
 * lying...), then the library's drawn exercises.
 */
final class PoseChoices {

    /** A whole picture to start from, as the gallery lists it. */
    record Picture(String name, Figure figure) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One position of a picture ({@code finish} picks its finish), as the pose editor's "Take from" list shows it. */
    record Position(String name, Figure figure, boolean finish) {
        /** The pose this entry gives. */
        Pose pose() {
            return finish && figure.end() != null ? figure.end() : figure.start();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private PoseChoices() {}

    /** The plain positions, then the library's exercises that have a drawn figure, each called by {@code names}. */
    static List<Picture> pictures(List<Exercise> library, Function<Exercise, String> names) {
        List<Picture> out = new ArrayList<>();
        for (PlainPoses.PlainPose p : PlainPoses.all()) {
            out.add(new Picture(UiTexts.get("exercise.pose.plain." + p.key()), p.figure()));
        }
        for (Exercise e : library) {
            if (e.figure() != null) {
                out.add(new Picture(names.apply(e), e.figure()));
            }
        }
        return out;
    }

    /** Each picture's start, and its finish where it has one. */
    static List<Position> positions(List<Picture> pictures) {
        List<Position> out = new ArrayList<>();
        for (Picture p : pictures) {
            if (p.figure().end() == null) {
                out.add(new Position(p.name(), p.figure(), false));
            } else {
                out.add(new Position(UiTexts.get("exercise.pose.fromStart", p.name()), p.figure(), false));
                out.add(new Position(UiTexts.get("exercise.pose.fromFinish", p.name()), p.figure(), true));
            }
        }
        return out;
    }
}
