package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/** Marks that carry meaning for a reader: the shaded space under an arched back, the dashed breath arrow. */
class FigureMarksTest {

    private final Projection side = new Projection(View.SIDE);

    @Test
    void theSpaceUnderAnArchedBackIsShadedButNotUnderAFlatBackOrAHighBridge() {
        assertThat(shadedGaps(figure("pelvic-tilt").start()))
                .as("arched, pelvic tilt start")
                .hasSize(1);
        assertThat(shadedGaps(figure("pelvic-tilt").end()))
                .as("flat, pelvic tilt finish")
                .isEmpty();
        assertThat(shadedGaps(figure("hip-lift").end())).as("a small hip lift").hasSize(1);
        assertThat(shadedGaps(figure("bridging").end())).as("a high bridge").isEmpty();
    }

    @Test
    void aBreathArrowIsDashedAndAMovementArrowIsNot() {
        Pose pose = figure("knees-to-chest-breathing").start();
        Sketch breath = new Sketch();
        new ArrowSketcher(side)
                .sketch(
                        new Arrow(null, new double[] {0, 0.2}, new double[] {0, 0.4}, 0, 0, 0, false, true, true),
                        pose,
                        pose,
                        breath);
        Sketch move = new Sketch();
        new ArrowSketcher(side)
                .sketch(
                        new Arrow(null, new double[] {0, 0.2}, new double[] {0, 0.4}, 0, 0, 0, false, true),
                        pose,
                        pose,
                        move);

        assertThat(breath.marks()).anyMatch(Sketch.Mark::dashed);
        assertThat(move.marks()).noneMatch(Sketch.Mark::dashed);
    }

    /** The solid black fills without an outline that the floor drawer adds under a body in {@code pose}. */
    private List<Sketch.Mark> shadedGaps(Pose pose) {
        Sketch s = new Sketch();
        new PropSketcher(side).sketch(new PosedBody(pose), List.of(Prop.MAT), s);
        return s.marks().stream()
                .filter(m -> m.fill() == Tones.INK && m.stroke() == null)
                .toList();
    }

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
