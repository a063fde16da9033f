package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/**
 * The lying twists agree with their steps and differ from one another where a reader looks: knee rolls keep the arms
 * by the sides and rock the knees (an arrow with a head at each end), lower back rotation lies with the arms out and
 * turns the head away from the knees, the leg twist crosses one bent knee over a straight leg.
 */
class TwistFiguresTest {

    private static final String[] LYING_TWISTS = {"knee-rolls", "lower-back-rotation", "leg-twists"};

    @Test
    void theLyingTwistsAreSeenFromTheSideAndAbove() {
        // Seen from the feet the bent knees read as straight legs and the lying person as sitting (blind readers,
        // runs figF-1 and figE-1); at three quarters from the feet end the legs were "a jumble" (runs 39-41). From
        // the side and above the body keeps the side view's silhouette that readers know from the bridge.
        for (String id : LYING_TWISTS) {
            assertThat(figure(id).view()).as(id).isEqualTo(View.RAISED_SIDE);
            assertThat(figure(id).effectiveEndView()).as(id).isEqualTo(View.RAISED_SIDE);
        }
    }

    @Test
    void theTwistCaptionsSayNoLeftOrRight() {
        // Readers could not tell whether "left" meant theirs or the person's.
        for (String id : new String[] {"knee-rolls", "lower-back-rotation", "leg-twists", "seated-spinal-twist"}) {
            for (String language : new String[] {"en", "es"}) {
                assertThat(figure(id).captions(java.util.Locale.forLanguageTag(language)))
                        .as(id + " " + language)
                        .noneMatch(c -> c.matches("(?i).*\\b(left|right|izquierd\\w*|derech\\w*)\\b.*"));
            }
        }
    }

    @Test
    void droppedKneesFallTowardTheReaderAndRestOnTheMatBentAndTogether() {
        // Knees that fall away from the raised side view's reader read as "still up in the air" (run figH-1).
        for (String id : new String[] {"knee-rolls", "lower-back-rotation"}) {
            Figure f = figure(id);
            PosedBody start = new PosedBody(f.start());
            PosedBody end = new PosedBody(f.end());
            for (PosedBody b : new PosedBody[] {start, end}) {
                Vec apart = b.near.knee().minus(b.far.knee());
                assertThat(apart.dot(apart))
                        .as(id + ": knees together")
                        .isLessThan(Math.pow(2 * PosedBody.HIP_HALF_WIDTH, 2));
            }
            assertThat(end.near.knee().z())
                    .as(id)
                    .isGreaterThan(start.near.knee().z() + 0.1);
            assertThat(end.far.knee().z()).as(id).isGreaterThan(start.far.knee().z() + 0.1);
            assertThat(end.near.knee().y())
                    .as(id + ": the lower knee on the mat")
                    .isLessThan(0.1);
            assertThat(f.end().near().knee()).as(id + ": still bent").isGreaterThan(80);
            assertThat(f.end().far().knee()).as(id + ": still bent").isGreaterThan(80);
            shouldersFlat(end);
        }
    }

    @Test
    void lowerBackRotationLiesWithTheArmsOutAndTurnsTheHeadAwayFromTheKnees() {
        Figure f = figure("lower-back-rotation");
        for (Pose pose : f.pictures()) {
            assertThat(pose.near().shoulderOut()).as("arms out to the sides").isGreaterThanOrEqualTo(80);
            assertThat(pose.far().shoulderOut()).as("arms out to the sides").isGreaterThanOrEqualTo(80);
        }
        PosedBody end = new PosedBody(f.end());
        assertThat(end.face.z())
                .as("the face turned the other way from the knees")
                .isLessThan(-0.6);
        // Readers of the raised side view asked for the head turn to have its own arrow (runs figH-2, figJ-1): one
        // at the knees, one at the head going up the page, the way the face turns.
        assertThat(f.arrows()).hasSize(2);
        Arrow head = f.arrows().get(1);
        assertThat(head.from()[0]).as("at the head, left of the hips").isLessThan(-0.2);
        assertThat(head.to()[1]).isGreaterThan(head.from()[1]);
    }

    @Test
    void kneeRollsKeepTheArmsByTheSidesAndTheFaceUpAndRockTheKneesBothWays() {
        Figure f = figure("knee-rolls");
        for (Pose pose : f.pictures()) {
            assertThat(pose.near().shoulderOut()).as("arms by the sides").isLessThan(30);
            assertThat(new PosedBody(pose).face.y()).as("face up").isGreaterThan(0.9);
        }
        assertThat(f.arrows()).as("one arrow, a head at each end: side to side").hasSize(1);
        assertThat(f.arrows().get(0).both()).isTrue();
    }

    @Test
    void legTwistCrossesOneBentKneeOverTheStraightOtherLeg() {
        Figure f = figure("leg-twists");
        Pose start = f.start();
        assertThat(start.far().knee()).as("one knee bent up at the start").isGreaterThan(60);
        assertThat(start.near().knee()).as("the other leg straight").isZero();
        PosedBody end = new PosedBody(f.end());
        assertThat(f.end().near().knee()).as("the straight leg stays straight").isZero();
        assertThat(f.end().far().knee()).as("the crossing knee is bent").isGreaterThan(60);
        // Crossed over: the bent knee lies beyond the straight leg, on the reader's side of it.
        assertThat(end.far.knee().z()).isGreaterThan(end.near.knee().z() + 0.05);
        shouldersFlat(end);
        // One arrow, from the raised knee across the body and down toward the mat on the reader's side (an arrow
        // straight down at the knee read as "push the knee to the floor").
        assertThat(f.arrows()).hasSize(1);
        Arrow across = f.arrows().get(0);
        Projection view = new Projection(f.view());
        java.awt.geom.Point2D.Double raised = view.flat(new PosedBody(f.start()).far.knee());
        assertThat(Math.hypot(across.from()[0] - raised.x, across.from()[1] - raised.y))
                .as("starts at the raised knee")
                .isLessThan(0.1);
        assertThat(across.to()[1]).as("ends down the page").isLessThan(across.from()[1] - 0.2);
        assertThat(across.bend()).as("curved").isNotZero();
    }

    @Test
    void theSeatedTwistTurnsTheShouldersAndFaceRightWhileTheHipsAndKneesFaceForward() {
        Figure f = figure("seated-spinal-twist");
        assertThat(f.view()).isEqualTo(View.THREE_QUARTER);
        PosedBody start = new PosedBody(f.start());
        PosedBody end = new PosedBody(f.end());
        // The shoulders turn toward the person's right: the right shoulder goes back, the left comes forward.
        assertThat(end.near.shoulder().x()).isLessThan(start.near.shoulder().x() - 0.05);
        assertThat(end.far.shoulder().x()).isGreaterThan(start.far.shoulder().x() + 0.05);
        assertThat(end.near.knee()).isEqualTo(start.near.knee());
        assertThat(end.far.knee()).isEqualTo(start.far.knee());
        assertThat(f.end().roll()).as("hips facing forward").isZero();
        // Seen at three quarters, facing the reader (their right on the reader's left), the arrow turns toward the
        // reader's left.
        assertThat(f.arrows()).hasSize(1);
        assertThat(f.arrows().get(0).to()[0]).isLessThan(f.arrows().get(0).from()[0]);
    }

    @Test
    void piriformisRestsOneAnkleOnTopOfTheOtherKneeAndTheHandsHoldThatLegsThigh() {
        Figure f = figure("piriformis-stretch");
        for (Pose pose : f.pictures()) {
            PosedBody b = new PosedBody(pose);
            Vec gap = b.far.ankle().minus(b.near.knee());
            assertThat(Math.sqrt(gap.dot(gap))).as("ankle at the other knee").isLessThan(0.06);
            assertThat(b.far.ankle().y())
                    .as("on top of it")
                    .isGreaterThan(b.near.knee().y());
        }
        PosedBody end = new PosedBody(f.end());
        Vec thigh = end.point("thighNear");
        for (Vec hand : new Vec[] {end.near.hand(), end.far.hand()}) {
            Vec gap = hand.minus(thigh);
            assertThat(Math.sqrt(gap.dot(gap))).as("hand at the thigh").isLessThan(0.09);
        }
        // The held thigh comes toward the chest.
        assertThat(f.end().near().hip()).isGreaterThan(f.start().near().hip() + 15);
    }

    /** Both shoulders at the same height above the floor. */
    private static void shouldersFlat(PosedBody b) {
        assertThat(b.near.shoulder().y()).isCloseTo(b.far.shoulder().y(), offset(0.03));
    }

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
