package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.backsheet.model.figure.Limb;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Reach;
import org.junit.jupiter.api.Test;

/** Hands and feet placed on something land there, with limbs of their true lengths. */
class LimbSolverTest {

    private static final Pose KNEES_BENT = Pose.builder()
            .pelvis(0, 0.066)
            .trunk(-90)
            .limbs(new Limb(42, 0, 0, 95, -37, -5, 0, 0, 0))
            .build();

    @Test
    void aHandOnTheBellyReachesItAndKeepsItsArmLengths() {
        Pose holding = KNEES_BENT.withReach("handNear", new Reach("handNear", "belly", 0, 0.03));
        PosedBody b = new PosedBody(holding);
        Vec palm = b.near.wrist().plus(b.near.hand().minus(b.near.wrist()).times(0.45));
        Vec wanted = new PosedBody(KNEES_BENT).point("belly").plus(new Vec(0, 0.03, 0));
        assertThat(distance(palm, wanted)).isLessThan(1e-6);
        assertThat(distance(b.near.shoulder(), b.near.elbow())).isCloseTo(PosedBody.UPPER_ARM, within(1e-9));
        assertThat(distance(b.near.elbow(), b.near.wrist())).isCloseTo(PosedBody.FOREARM, within(1e-9));
        // The other hand goes by its angles.
        assertThat(b.far.hand()).isEqualTo(new PosedBody(KNEES_BENT).far.hand());
    }

    @Test
    void anAnkleRestingOnTheOtherKneeBendsTheLegToGetThere() {
        Pose crossed = KNEES_BENT
                .withNear(KNEES_BENT.near().with("hipOut", 40).with("hipTurn", 50))
                .withReach("footNear", new Reach("footNear", "kneeFar", 0, 0.03));
        PosedBody b = new PosedBody(crossed);
        Vec wanted = b.far.knee().plus(new Vec(0, 0.03, 0));
        assertThat(distance(b.near.ankle(), wanted)).isLessThan(1e-6);
        assertThat(distance(b.near.hip(), b.near.knee())).isCloseTo(PosedBody.THIGH, within(1e-9));
        assertThat(distance(b.near.knee(), b.near.ankle())).isCloseTo(PosedBody.SHIN, within(1e-9));
    }

    @Test
    void aTargetOutOfReachStretchesTheArmStraightTowardIt() {
        Pose far = KNEES_BENT.withReach("handNear", new Reach("handNear", null, 2.0, 0.5));
        PosedBody b = new PosedBody(far);
        double reach = distance(b.near.shoulder(), b.near.elbow()) + distance(b.near.elbow(), b.near.wrist());
        assertThat(distance(b.near.shoulder(), b.near.wrist())).isCloseTo(reach, within(1e-3));
    }

    @Test
    void thePanelsAreLabelledInTheSheetsLanguage() {
        assertThat(FigureLabels.of(Locale.ENGLISH)).isEqualTo(new FigureLabels("Start", "Finish"));
        assertThat(FigureLabels.of(new Locale("es"))).isEqualTo(new FigureLabels("Inicio", "Final"));
        assertThat(FigureLabels.of(Locale.GERMAN).start()).isEqualTo("Start");
    }

    private static double distance(Vec a, Vec b) {
        Vec d = a.minus(b);
        return Math.sqrt(d.dot(d));
    }
}
