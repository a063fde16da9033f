package org.backsheet.model.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the pose editor changes: one angle of one pose, everything else of the figure kept. */
class PoseEditingTest {

    private final Pose lying = Pose.builder()
            .pelvis(0, 0.066)
            .trunk(-90)
            .build()
            .withReach("handNear", new Reach("handNear", "belly", 0, 0));
    private final Figure figure = Figure.builder(lying)
            .view(View.SIDE)
            .props(List.of(Prop.MAT))
            .end(lying.withBodyAngle("spine", 20))
            .arrows(List.of(new Arrow("head", null, null, 0, 0, 0.1, false)))
            .detail(new Detail("lowBack", -0.2, 0.3, 2))
            .build();

    @Test
    void aPoseBuiltByNameHoldsWhatWasNamedAndNothingElse() {
        Pose curled = Pose.builder()
                .pelvis(0.1, 0.2)
                .trunk(-90)
                .bodyAngle("belly", -1)
                .near(Limb.NEUTRAL.with("knee", 90))
                .build();
        assertThat(curled.x()).isEqualTo(0.1);
        assertThat(curled.y()).isEqualTo(0.2);
        assertThat(curled.belly()).isEqualTo(-1);
        assertThat(curled.near().knee()).isEqualTo(90);
        assertThat(curled.far()).isEqualTo(Limb.NEUTRAL);
        assertThat(curled.spine()).isZero();
        assertThat(curled.reaches()).isEmpty();
        assertThat(lying.toBuilder().build()).isEqualTo(lying);
        assertThat(lying.toBuilder().headTurn(30).build().reaches()).isEqualTo(lying.reaches());
    }

    @Test
    void oneSidesKneeChangesAndTheOtherSideStays() {
        Pose bent = lying.withEditable("near.knee", 90);
        assertThat(bent.near().knee()).isEqualTo(90);
        assertThat(bent.far().knee()).isZero();
        assertThat(bent.editable("near.knee")).isEqualTo(90);
        assertThat(bent.reaches()).isEqualTo(lying.reaches());
    }

    @Test
    void theHipsHeightIsEditedInHundredthsOfTheStandingHeight() {
        assertThat(lying.editable("pelvisHeight")).isEqualTo(6.6);
        assertThat(lying.withEditable("pelvisHeight", 30).y()).isEqualTo(0.3);
        assertThat(lying.withEditable("trunk", -80).trunk()).isEqualTo(-80);
    }

    @Test
    void aNewStartOrEndKeepsTheFiguresPropsArrowsAndDetail() {
        Figure changed = figure.withStart(lying.withEditable("neck", 20)).withEnd(null);
        assertThat(changed.start().neck()).isEqualTo(20);
        assertThat(changed.end()).isNull();
        assertThat(changed.props()).isEqualTo(figure.props());
        assertThat(changed.arrows()).isEqualTo(figure.arrows());
        assertThat(changed.detail()).isEqualTo(figure.detail());
    }
}
