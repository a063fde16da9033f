package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/**
 * The three-quarter view: from beyond the feet, round toward the person's left, from above; drawn as the person is
 * really seen, facing the reader (their right on the reader's left).
 */
class ProjectionTest {

    private final Projection threeQuarter = new Projection(View.THREE_QUARTER);

    @Test
    void thePersonsLeftIsOnTheReadersRightAndNearerTheReader() {
        Vec left = new Vec(0, 0, -0.2);
        Vec right = new Vec(0, 0, 0.2);
        assertThat(threeQuarter.flat(left).x).isGreaterThan(threeQuarter.flat(right).x + 0.2);
        assertThat(threeQuarter.depth(left)).isGreaterThan(threeQuarter.depth(right));
    }

    @Test
    void theFeetAreNearerAndLowerOnThePageThanTheHeadAndTheBodyRunsAcrossThePage() {
        Vec feet = new Vec(0.4, 0, 0);
        Vec head = new Vec(-0.8, 0, 0);
        assertThat(threeQuarter.depth(feet)).isGreaterThan(threeQuarter.depth(head));
        assertThat(threeQuarter.flat(feet).y).isLessThan(threeQuarter.flat(head).y);
        // Round toward the side, not straight from the feet: the lying body slants across the page.
        assertThat(threeQuarter.flat(head).x - threeQuarter.flat(feet).x).isGreaterThan(0.4);
    }

    @Test
    void seenFromAboveAPointAboveTheFloorIsHigherOnThePageAndNearer() {
        Vec floor = new Vec(0.1, 0, 0);
        Vec above = new Vec(0.1, 0.3, 0);
        assertThat(threeQuarter.flat(above).y).isGreaterThan(threeQuarter.flat(floor).y + 0.15);
        assertThat(threeQuarter.depth(above)).isGreaterThan(threeQuarter.depth(floor));
    }

    @Test
    void kneesThatFallToThePersonsLeftGoToTheReadersRightAndDownThePage() {
        Pose bent = Pose.standing()
                .withPelvis(0, 0.066)
                .withBodyAngle("trunk", -90)
                .withNear(Pose.standing().near().with("hip", 45).with("knee", 95))
                .withFar(Pose.standing().far().with("hip", 45).with("knee", 95));
        Pose fallen = bent.withBodyAngle("roll", -50).withBodyAngle("twist", 45);
        Vec up = new PosedBody(bent).far.knee();
        Vec down = new PosedBody(fallen).far.knee();
        assertThat(threeQuarter.flat(down).x).isGreaterThan(threeQuarter.flat(up).x + 0.05);
        assertThat(threeQuarter.flat(down).y).isLessThan(threeQuarter.flat(up).y - 0.05);
    }

    @Test
    void theMatShowsItsThicknessOnTheEdgesThatFaceTheReader() {
        PosedBody lying = new PosedBody(Pose.standing().withPelvis(0, 0.066).withBodyAngle("trunk", -90));
        // The top, then one edge per side that faces the reader: the foot end and the left side at three quarters,
        // only the foot end from straight beyond the feet.
        assertThat(filledMatParts(threeQuarter, lying)).isEqualTo(3);
        assertThat(filledMatParts(new Projection(View.FEET), lying)).isEqualTo(2);
    }

    @Test
    void fromTheFeetThePersonsRightIsOnTheReadersLeft() {
        Projection feet = new Projection(View.FEET);
        assertThat(feet.flat(new Vec(0, 0, 0.2)).x).isLessThan(feet.flat(new Vec(0, 0, -0.2)).x - 0.2);
    }

    private static long filledMatParts(Projection projection, PosedBody body) {
        Sketch s = new Sketch();
        new PropSketcher(projection).sketch(body, List.of(Prop.MAT), s);
        return s.marks().stream().filter(m -> m.fill() != null).count();
    }
}
