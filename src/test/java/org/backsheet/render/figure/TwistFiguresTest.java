package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.geom.Point2D;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Presentation;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/**
 * The lying twists agree with their steps and differ from one another where a reader looks: knee rolls rock to both
 * sides seen from beyond the feet, lower back rotation is one picture seen from the side whose knees drop toward the
 * reader as a dashed outline, the leg twist seen from above the feet crosses one knee over a straight leg.
 */
class TwistFiguresTest {

    @Test
    void eachLyingTwistIsSeenFromWhereItsMoveShowsBest() {
        // Knee rolls from beyond the feet and above: the knees lying to each side beside square, flat shoulders, two
        // large pictures. (At three quarters "tilted mats, the legs a tangle": 3 from nearly every reader of runs
        // 97-112; with a small side-view start before the two sides, 4 from four subset readers but "three tiny
        // pictures", 3 from all four of runs 113-116.)
        assertThat(figure("knee-rolls").view()).isEqualTo(View.FEET);
        // Lower back rotation from the side, like the bridge: "lying on the back, knees up" reads at once, and the
        // knees drop toward the reader (4 from all four readers of figN-1/2; 3 from eleven of twelve at three
        // quarters).
        assertThat(figure("lower-back-rotation").view()).isEqualTo(View.RAISED_SIDE);
        // The leg twist from beyond the feet and nearly from above: the crossing leg runs across the page, over the
        // straight one (at three quarters the knee held up read as "a kick" and the crossed leg as "a knot"; from the
        // side, "I cannot see it cross": figN-1 to figN-4).
        assertThat(figure("leg-twists").view()).isEqualTo(View.FEET);
        for (String id : new String[] {"knee-rolls", "lower-back-rotation", "leg-twists"}) {
            assertThat(figure(id).effectiveEndView())
                    .as(id)
                    .isEqualTo(figure(id).view());
        }
    }

    @Test
    void thePiriformisStretchIsSeenFromTheSideLikeTheBridge() {
        // Every reader of runs figH-2 to figH-5 and figJ-1 asked for it "side-on, as the bridge".
        assertThat(figure("piriformis-stretch").view()).isEqualTo(View.SIDE);
        assertThat(figure("piriformis-stretch").effectiveEndView()).isEqualTo(View.SIDE);
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
    void lowerBackRotationIsOnePictureWithBothKneesDroppingTowardTheReaderTogetherAndTheShouldersFlat() {
        Figure f = figure("lower-back-rotation");
        // One picture, the knees' drop drawn as a dashed outline, so it differs at a glance from the knee rolls' two
        // sides: drawn as two pictures, readers found it "almost the same as knee rolls" (figK-4 to figK-9, and
        // 3, 4, 3, 4 seen from the side in figN-3/4); as one seen from the side, 4 from all four of figN-1/2.
        assertThat(f.presentation()).isEqualTo(Presentation.OVERLAY);
        assertThat(f.captions(java.util.Locale.ENGLISH)).hasSize(1);
        PosedBody start = new PosedBody(f.start());
        PosedBody end = new PosedBody(f.end());
        // Knees together at the start: never further apart than the hips.
        assertThat(start.near
                        .knee()
                        .minus(start.far.knee())
                        .dot(start.near.knee().minus(start.far.knee())))
                .isLessThan(Math.pow(2 * PosedBody.HIP_HALF_WIDTH, 2));
        // Both knees go down and to the person's right (+z), toward the reader of the raised side view (dropped away
        // from the reader they read as held up), the lower one onto the mat; the steps start with the right.
        assertThat(end.near.knee().z()).isGreaterThan(start.near.knee().z() + 0.1);
        assertThat(end.far.knee().z()).isGreaterThan(start.far.knee().z() + 0.1);
        assertThat(end.near.knee().y()).isLessThan(0.08);
        for (Vec knee : new Vec[] {end.near.knee(), end.far.knee()}) {
            assertThat(Math.abs(knee.z()) + 0.033).isLessThan(FloorSketcher.RAISED_SIDE_HALF_WIDTH);
        }
        shouldersFlat(end);
        // The head stays as it is: a dashed outline of a turned head by the face would be read as "turn your head",
        // as every arrow there was (2 from five of six readers of runs 57-62).
        assertThat(f.end().headTurn()).isEqualTo(f.start().headTurn());
        // One short curved arrow from the raised knees down to where they drop: a long one beside them pointed "off
        // the mat", a straight one down read as "push the knees down" (figN-7/8).
        assertThat(f.arrows()).singleElement().satisfies(a -> {
            assertThat(a.picture()).isZero();
            assertThat(a.to()[1]).isLessThan(a.from()[1] - 0.2);
            assertThat(a.bend()).isNotZero();
        });
    }

    @Test
    void kneeRollsGoToBothSidesWithTheShouldersFlat() {
        Figure f = figure("knee-rolls");
        PosedBody left = new PosedBody(f.start());
        PosedBody right = new PosedBody(f.end());
        // To the person's left first, as the steps say, then to the right.
        assertThat(left.far.knee().z()).isLessThan(-0.15);
        assertThat(right.near.knee().z()).isGreaterThan(0.15);
        shouldersFlat(left);
        shouldersFlat(right);
        // One arrow on each picture, beside the knees and down to that picture's side: a two-way arrow across the
        // thighs read as "a jumble" and covered the legs (runs 57-65, figM-1).
        assertThat(f.arrows()).hasSize(2);
        assertThat(f.arrows()).extracting(a -> a.picture()).containsExactly(0, 1);
        assertThat(f.arrows().get(0).to()[0])
                .as("first to the reader's right")
                .isGreaterThan(f.arrows().get(0).from()[0]);
        assertThat(f.arrows().get(1).to()[0])
                .as("then to the reader's left")
                .isLessThan(f.arrows().get(1).from()[0]);
    }

    @Test
    void kneesDroppedToOneSideRestOnTheMatTogether() {
        // Readers of the knees held in the air beside the body saw "a jumble" and "legs floating"; resting on a mat
        // wide enough for them, the two bent knees lie together on it.
        PosedBody[] dropped = {
            new PosedBody(figure("knee-rolls").start()),
            new PosedBody(figure("knee-rolls").end())
        };
        for (PosedBody b : dropped) {
            PosedBody.Side under =
                    Math.abs(b.near.knee().z()) > Math.abs(b.far.knee().z()) ? b.near : b.far;
            PosedBody.Side over = under == b.near ? b.far : b.near;
            assertThat(under.knee().y()).as("the lower knee on the mat").isLessThan(0.08);
            assertThat(over.knee().y() - under.knee().y())
                    .as("the upper knee on it")
                    .isLessThan(0.13);
            Vec gap = over.knee().minus(under.knee());
            assertThat(Math.sqrt(gap.dot(gap))).as("together").isLessThan(2 * PosedBody.HIP_HALF_WIDTH);
            assertThat(Math.abs(under.knee().z()) + 0.033)
                    .as("within the mat")
                    .isLessThan(FloorSketcher.LYING_TWIST_HALF_WIDTH);
        }
    }

    @Test
    void legTwistCrossesTheBentRightKneeOverTheStraightLeftLeg() {
        Figure f = figure("leg-twists");
        // It starts as the steps do, legs straight and arms out: seen from above the feet a knee held up is
        // foreshortened to "a short leg", and at three quarters it read as "a kick" (figN-1 to figN-4).
        assertThat(f.start().near().knee())
                .as("the right leg straight at the start")
                .isZero();
        assertThat(f.start().far().knee()).as("the left leg straight").isZero();
        PosedBody end = new PosedBody(f.end());
        assertThat(f.end().far().knee()).as("the left leg stays straight").isZero();
        assertThat(f.end().near().knee()).as("the right knee is bent").isGreaterThan(60);
        // Crossed over: the right knee lies beyond the left leg, on the person's left, and so does its foot.
        assertThat(end.near.knee().z()).isLessThan(end.far.knee().z() - 0.05);
        assertThat(end.near.ankle().z()).isLessThan(end.far.ankle().z());
        shouldersFlat(end);
        // The shaded crossing leg is drawn over the straight one: seen from the feet, the straight leg's own depth drew
        // it over the crossing thigh, and readers saw "the knee under the leg it crosses" (3, 3, 3, 3 in figQ-9 to 12;
        // drawn over it, 3, 4, 4, 4 in figQ-13 to 16).
        Projection feet = new Projection(f.effectiveEndView());
        double straightLeg = (feet.depth(end.far.knee()) + feet.depth(end.far.ankle())) / 2;
        assertThat(new FigurePainter().panels(f).get(1).marks())
                .filteredOn(m -> BodySketcher.SHADED.equals(m.fill()))
                .isNotEmpty()
                .allMatch(m -> m.depth() > straightLeg);
        // The crossing knee goes down beside the body, no higher than its hip (held up in the air it "floats").
        assertThat(end.near.knee().y()).isLessThanOrEqualTo(end.near.hip().y());
        // One arc arrow on the crossed picture, from where the knee comes up, over, to where it lands: readers asked
        // for "an arc from the knee to the floor", and an arrow on the first picture pointed away from its caption.
        assertThat(f.arrows()).singleElement().satisfies(a -> {
            assertThat(a.picture()).isEqualTo(1);
            assertThat(a.to()[0]).isGreaterThan(a.from()[0] + 0.2);
            assertThat(a.bend()).as("bulging up, over the legs").isPositive();
        });
    }

    @Test
    void theSeatedTwistTurnsTheShouldersAndFaceRightWhileTheHipsAndKneesFaceForward() {
        Figure f = figure("seated-spinal-twist");
        // Seen from the front, both pictures: the crossed arms show, the knees point at the reader in both, and the
        // turned shoulders and the face in profile show the twist. (From the side the twist "hardly shows" and the
        // start's arms did not look crossed: 4, 3, 3, 4 in figP-1/2; at three quarters the thighs were foreshortened
        // away and the turned figure read as "sitting sideways": runs 57-65.)
        assertThat(f.view()).isEqualTo(View.FRONT);
        assertThat(f.effectiveEndView()).isEqualTo(View.FRONT);
        PosedBody start = new PosedBody(f.start());
        PosedBody end = new PosedBody(f.end());
        // The shoulders turn toward the person's right: the right shoulder goes back, the left comes forward.
        assertThat(end.near.shoulder().x()).isLessThan(start.near.shoulder().x() - 0.05);
        assertThat(end.far.shoulder().x()).isGreaterThan(start.far.shoulder().x() + 0.05);
        assertThat(end.near.knee()).isEqualTo(start.near.knee());
        assertThat(end.far.knee()).isEqualTo(start.far.knee());
        assertThat(f.end().roll()).as("hips facing forward").isZero();
        assertThat(end.face.z())
                .as("the face turned to the person's right, in profile")
                .isGreaterThan(0.9);
        // Arms folded by their angles, not held to a place, so they turn with the chest. (Hands reaching for the
        // shoulders went up by the face at the end: "like holding a telephone".)
        assertThat(f.start().reach("handNear")).isNull();
        assertThat(f.start().reach("handFar")).isNull();
        // One arrow round the front of the chest toward the person's right (the reader's left): the way the chest's
        // front turns. Seen from the front, x on the page is the person's left.
        assertThat(f.arrows()).hasSize(1);
        assertThat(f.arrows().get(0).to()[0]).isLessThan(f.arrows().get(0).from()[0]);
        // At chest height, below the chin: across the lap it read as "swing the knees" (figP-3/4), by the head as
        // "turn only the head".
        assertThat(f.arrows().get(0).from()[1])
                .isGreaterThan(end.near.elbow().y() + 0.1)
                .isLessThan(end.head.y() - PosedBody.HEAD_RADIUS);
    }

    @Test
    void piriformisRestsOneAnkleOnTheOtherKneeAndTheHandsHoldThatLegsThigh() {
        Figure f = figure("piriformis-stretch");
        Projection side = new Projection(View.SIDE);
        for (Pose pose : f.pictures()) {
            PosedBody b = new PosedBody(pose);
            // Seen from the side of the leg that stays: the far ankle rests on the near knee, and that far shin and
            // foot are drawn over the near leg, so the crossed leg lies on top (readers of figO-1/2 asked for "only
            // the grey crossed leg on top").
            assertThat(b.farFootOnNearLeg).isTrue();
            assertThat(side.flat(b.far.ankle()).distance(side.flat(b.near.knee())))
                    .as("ankle at the other knee")
                    .isLessThan(0.06);
        }
        PosedBody end = new PosedBody(f.end());
        Point2D.Double hip = side.flat(end.near.hip());
        Point2D.Double knee = side.flat(end.near.knee());
        double tx = knee.x - hip.x;
        double ty = knee.y - hip.y;
        double length = Math.hypot(tx, ty);
        for (PosedBody.Side s : new PosedBody.Side[] {end.near, end.far}) {
            // The hands hold the back of the pulled thigh, toward the knee, plainly "behind the thigh of the other
            // leg" (as readers of runs 109-112 asked): not on its front, not low by the buttocks.
            Point2D.Double hand = side.flat(s.wrist().plus(s.hand()).times(0.5));
            double along = ((hand.x - hip.x) * tx + (hand.y - hip.y) * ty) / (length * length);
            double across = (tx * (hand.y - hip.y) - ty * (hand.x - hip.x)) / length;
            assertThat(along).as("hand up the thigh").isBetween(0.5, 1.05);
            assertThat(across).as("hand behind the thigh").isBetween(-0.08, -0.01);
        }
        // The crossed leg is shaded, so the figure four stands out from the white limbs around it ("a tangle"), and its
        // shin and foot lie over the white leg that stays.
        assertThat(f.props()).contains(Prop.SHADED_LEG);
        double nearLeg = (side.depth(end.near.knee()) + side.depth(end.near.ankle())) / 2;
        assertThat(new FigurePainter().panels(f).get(1).marks())
                .anyMatch(m -> BodySketcher.SHADED.equals(m.fill()) && m.depth() > nearLeg);
        // The arrow pulls the white thigh toward the chest on the held picture: by the raised foot of the first
        // picture it read as "kick the foot up", above the feet as "swing the foot over the head".
        assertThat(f.arrows()).singleElement().satisfies(a -> assertThat(a.picture())
                .isEqualTo(1));
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
