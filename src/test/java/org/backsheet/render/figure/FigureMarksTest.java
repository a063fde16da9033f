package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/** Marks that carry meaning for a reader: breath written at the mouth. */
class FigureMarksTest {

    private final Projection side = new Projection(View.SIDE);

    @Test
    void breathIsAWordAtTheMouthAndAMovementArrowIsAnArrow() {
        Pose pose = figure("knees-to-chest-breathing").start();
        PosedBody body = new PosedBody(pose);
        double[] mouth = {body.head.x(), body.head.y() + 0.05};
        double[] above = {body.head.x(), body.head.y() + 0.15};
        Sketch out = new Sketch();
        new ArrowSketcher(side).sketch(new Arrow(null, mouth, above, 0, 0, 0, false, false, true), pose, pose, out);
        Sketch in = new Sketch();
        new ArrowSketcher(side).sketch(new Arrow(null, above, mouth, 0, 0, 0, false, false, true), pose, pose, in);
        Sketch move = new Sketch();
        new ArrowSketcher(side).sketch(new Arrow(null, mouth, above, 0, 0, 0, false, false), pose, pose, move);

        // Readers took any arrow by the face, dashed or wavy, for "move your head": the word goes where the air does.
        assertThat(out.breaths()).singleElement().satisfies(b -> {
            assertThat(b.inhale()).isFalse();
            assertThat(b.at().y).isEqualTo(above[1]);
        });
        assertThat(in.breaths()).singleElement().satisfies(b -> assertThat(b.inhale())
                .isTrue());
        assertThat(out.marks()).noneMatch(m -> m.stroke() != null || m.fill() != null);
        assertThat(move.breaths()).isEmpty();
        assertThat(move.marks()).anyMatch(m -> m.stroke() != null);
        assertThat(FigureLabels.breath(java.util.Locale.ENGLISH, true)).isEqualTo("in");
        assertThat(FigureLabels.breath(new java.util.Locale("es"), false)).isEqualTo("espire");
    }

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
