package org.backsheet.model.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Copies of a figure keep every value they do not change (a copy by position once dropped the third picture). */
class FigureBuilderTest {

    private final Pose start = Pose.standing();
    private final Pose end = start.withBodyAngle("trunk", 30);
    private final Pose third = start.withBodyAngle("trunk", 60);
    private final Figure full = Figure.builder(start)
            .view(View.FEET)
            .endView(View.SIDE)
            .props(List.of(Prop.MAT, Prop.TOWEL))
            .end(end)
            .presentation(Presentation.PAIR)
            .arrows(List.of(new Arrow("head", null, null, 0, 0, 0.1, false)))
            .detail(new Detail("lowBack", -0.2, 0.3, 2))
            .labels(PanelLabels.NUMBERED)
            .then(third)
            .build();

    @Test
    void aBuilderFromAFigureBuildsTheSameFigure() {
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.then()).isEqualTo(third);
        assertThat(full.labels()).isEqualTo(PanelLabels.NUMBERED);
    }

    @Test
    void eachCopyChangesOnlyItsOwnValue() {
        Pose other = start.withBodyAngle("spine", 10);
        Figure moved = full.withStart(other);
        assertThat(moved.start()).isEqualTo(other);
        assertThat(moved.toBuilder().start(start).build()).isEqualTo(full);
        Figure bare = full.withArrows(List.of());
        assertThat(bare.arrows()).isEmpty();
        assertThat(bare.then()).isEqualTo(third);
        assertThat(bare.detail()).isEqualTo(full.detail());
    }

    @Test
    void unsetValuesTakeTheDefaultsAndAHeldPositionHasNoThirdPicture() {
        Figure held = Figure.builder(start).then(third).build();
        assertThat(held.view()).isEqualTo(View.SIDE);
        assertThat(held.props()).isEmpty();
        assertThat(held.arrows()).isEmpty();
        assertThat(held.then()).isNull();
        assertThat(full.withEnd(null).then()).isNull();
    }
}
