package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/**
 * The raised side view: from the person's near side, as the side view, but from well above, so a lying person keeps
 * the side view's silhouette on a mat seen as a floor, and knees dropped toward the reader lie on it.
 */
class RaisedSideProjectionTest {

    private final Projection raised = new Projection(View.RAISED_SIDE);

    @Test
    void aLyingPersonKeepsTheHeadOnTheLeftAndTheFeetOnTheRightAsInTheSideView() {
        Vec head = new Vec(-0.8, 0.05, 0);
        Vec feet = new Vec(0.45, 0.05, 0);
        assertThat(raised.flat(head).x).isLessThan(raised.flat(feet).x - 1.0);
        // Turned only a little toward the feet: the body runs nearly level across the page.
        assertThat(Math.abs(raised.flat(head).y - raised.flat(feet).y)).isLessThan(0.35);
    }

    @Test
    void theNearSideIsLowerOnThePageAndNearerTheReader() {
        Vec near = new Vec(0, 0, 0.2);
        Vec far = new Vec(0, 0, -0.2);
        assertThat(raised.flat(near).y).isLessThan(raised.flat(far).y - 0.2);
        assertThat(raised.depth(near)).isGreaterThan(raised.depth(far));
    }

    @Test
    void seenFromAboveAPointAboveTheFloorIsHigherOnThePageAndNearer() {
        Vec floor = new Vec(0.1, 0, 0);
        Vec above = new Vec(0.1, 0.3, 0);
        assertThat(raised.flat(above).y).isGreaterThan(raised.flat(floor).y + 0.15);
        assertThat(raised.depth(above)).isGreaterThan(raised.depth(floor));
    }

    @Test
    void kneesDroppedTowardTheReaderGoDownThePageBelowTheHipsAndLieOnTheMat() {
        Pose bent = Pose.standing()
                .withPelvis(0, 0.066)
                .withBodyAngle("trunk", -90)
                .withNear(Pose.standing().near().with("hip", 50).with("knee", 100))
                .withFar(Pose.standing().far().with("hip", 50).with("knee", 100));
        Pose dropped = bent.withBodyAngle("roll", 50)
                .withBodyAngle("twist", -45)
                .withNear(bent.near().with("hipOut", 20))
                .withFar(bent.far().with("hipOut", -35));
        PosedBody up = new PosedBody(bent);
        PosedBody down = new PosedBody(dropped);
        assertThat(raised.flat(down.near.knee()).y).isLessThan(raised.flat(up.near.knee()).y - 0.1);
        assertThat(raised.flat(down.near.knee()).y).isLessThan(raised.flat(down.near.hip()).y);
        Sketch s = new Sketch();
        new PropSketcher(raised).sketch(down, List.of(Prop.MAT), s);
        Sketch.Mark top =
                s.marks().stream().filter(m -> m.fill() != null).findFirst().orElseThrow();
        for (Vec knee : List.of(down.near.knee(), down.far.knee())) {
            Vec onFloor = new Vec(knee.x(), 0, knee.z());
            assertThat(top.shape().contains(raised.flat(onFloor)))
                    .as("a knee over the mat")
                    .isTrue();
        }
    }

    @Test
    void theMatShowsItsThicknessOnTheNearEdgeAndTheFootEnd() {
        PosedBody lying = new PosedBody(Pose.standing().withPelvis(0, 0.066).withBodyAngle("trunk", -90));
        Sketch s = new Sketch();
        new PropSketcher(raised).sketch(lying, List.of(Prop.MAT), s);
        assertThat(s.marks().stream().filter(m -> m.fill() != null).count()).isEqualTo(3);
    }
}
