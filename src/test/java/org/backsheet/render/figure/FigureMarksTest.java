package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/** Marks that carry meaning for a reader: the wavy breath arrow. */
class FigureMarksTest {

    private final Projection side = new Projection(View.SIDE);

    @Test
    void aBreathArrowIsWavyAndAMovementArrowIsStraight() {
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

        // The shafts run straight up at x = 0: a wave swings to either side of it, a plain shaft does not.
        assertThat(sideways(breath)).isGreaterThan(0.015);
        assertThat(sideways(move)).isLessThan(0.005);
    }

    /** How far the shaft (the first stroked mark) swings to the sides of the line x = 0. */
    private static double sideways(Sketch arrow) {
        Sketch.Mark shaft =
                arrow.marks().stream().filter(m -> m.fill() == null).findFirst().orElseThrow();
        return shaft.shape().getBounds2D().getWidth();
    }

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
