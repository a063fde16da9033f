package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/** Marks that carry meaning for a reader: the dashed breath arrow. */
class FigureMarksTest {

    private final Projection side = new Projection(View.SIDE);

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

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
