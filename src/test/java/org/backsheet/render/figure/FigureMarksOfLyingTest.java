package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/**
 * What tells the lying pictures apart: the bridge's straight line shoulders-hips-knees (drawn only where the body
 * is straight, never on the small hip lift), the hip lift's small lift, and the muscles drawn where they work.
 */
class FigureMarksOfLyingTest {

    private final MarkSketcher marks = new MarkSketcher(new Projection(View.SIDE));

    @Test
    void theLineOfABridgeIsDrawnAtTheTopOnlyAndNeverOnTheHipLift() {
        Figure bridge = figure("bridging");
        Figure hipLift = figure("hip-lift");
        assertThat(bridge.props()).contains(Prop.BODY_LINE);
        assertThat(line(bridge.end())).as("top of the bridge").isTrue();
        assertThat(line(bridge.start())).as("lying before the bridge").isFalse();
        assertThat(line(hipLift.end())).as("a hip lift is not straight").isFalse();
    }

    @Test
    void theOneLegThatMovesIsShadedOnEveryPictureAndNoOtherLyingLegIs() {
        // Readers asked "which leg moves?" of all three; shaded, heel slides and the leg raise scored 5 from most.
        // The knee pulled to the chest likewise ("shade the moving leg": its shin and the arms read as two bent legs).
        for (String id : List.of("heel-slides", "straight-leg-raise", "leg-twists", "single-knee-to-chest")) {
            Figure f = figure(id);
            assertThat(f.props()).as(id).contains(Prop.SHADED_LEG);
            assertThat(new FigurePainter().panels(f)).as(id).allSatisfy(panel -> assertThat(panel.marks())
                    .anyMatch(m -> BodySketcher.SHADED.equals(m.fill())));
        }
        // Both legs move in the bridge and the double knee to chest: nothing is singled out there.
        for (String id : List.of("bridging", "double-knee-to-chest")) {
            assertThat(new FigurePainter().panels(figure(id))).as(id).allSatisfy(panel -> assertThat(panel.marks())
                    .noneMatch(m -> BodySketcher.SHADED.equals(m.fill())));
        }
    }

    @Test
    void theHipLiftLiftsLessThanTheBridgeWithNothingDrawnUnderTheHips() {
        Figure bridge = figure("bridging");
        Figure hipLift = figure("hip-lift");
        // Lower than the bridge's, yet a gap under the buttocks that shows at print size ("hips barely rise", "show a
        // clear but small gap under the buttocks": readers of figO-1 to 4); the feet nearer the buttocks keep the
        // knees high, so the body still bends at the hips (no straight line, as the next test holds).
        assertThat(hipLift.end().y())
                .isLessThan(bridge.end().y() - 0.025)
                .isGreaterThan(hipLift.start().y() + 0.08);
        // A dark fill under the lifted hips read as "a block or a cushion under me", drawn muscles as eyes, and the
        // pelvic tilt's hatching as "the gap of the pelvic tilt"; a drawn measure as "a peg". Only words say how high.
        assertThat(hipLift.props()).containsOnly(Prop.MAT, Prop.SMALL_LIFT);
    }

    @Test
    void theHipLiftSaysAFewCmUnderTheGapOfTheLiftedPictureOnly() {
        FigurePainter painter = new FigurePainter();
        List<Sketch> lift = painter.panels(figure("hip-lift"));
        assertThat(lift.get(0).words()).isEmpty();
        assertThat(lift.get(1).words()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("note.fewCm");
            // Under the floor, below the lifted hips (the arrow stands in the gap above it).
            assertThat(w.at().y).isNegative();
            assertThat(Math.abs(w.at().x - figure("hip-lift").end().x())).isLessThan(0.05);
        });
        assertThat(painter.panels(figure("bridging")).get(1).words()).isEmpty();
        assertThat(FigureLabels.text(java.util.Locale.ENGLISH, "note.fewCm")).isEqualTo("a few cm");
    }

    @Test
    void workingMusclesAreMarkedOnThePicturesTheirMarkNames() {
        Figure lift = figure("hip-lift");
        Figure both = Figure.builder(lift.start())
                .props(List.of(Prop.MAT, Prop.TIGHT_STOMACH_AND_BUTTOCKS))
                .end(lift.end())
                .build();
        Figure stomach = Figure.builder(lift.start())
                .props(List.of(Prop.MAT, Prop.TIGHT_STOMACH))
                .end(lift.start())
                .build();
        FigurePainter painter = new FigurePainter();
        assertThat(muscles(painter.panels(both).get(0))).isEqualTo(2);
        assertThat(muscles(painter.panels(both).get(1))).isEqualTo(2);
        assertThat(muscles(painter.panels(stomach).get(0))).isZero();
        assertThat(muscles(painter.panels(stomach).get(1))).isEqualTo(1);
    }

    @Test
    void stomachTighteningShowsTheBellyPulledInOnTheTightenedPictureOnly() {
        Figure bracing = figure("abdominal-bracing");
        // Readers saw the drawn muscle as an eye, and the belly's dashed line alone as "a target": a short arrow into
        // the belly on the tightened picture says what to do.
        assertThat(bracing.props()).doesNotContain(Prop.TIGHT_STOMACH);
        assertThat(bracing.arrows()).singleElement().satisfies(a -> assertThat(a.picture())
                .isEqualTo(1));
        assertThat(bracing.start().belly()).as("relaxed: the belly rounded").isPositive();
        assertThat(bracing.end().belly()).as("tightened: the belly drawn in").isNegative();
    }

    @Test
    void aBellyDrawnInLiesLowerThanARoundedOneAndNothingElseMoves() {
        Pose lying = figure("hip-lift").start();
        BufferedImage rounded = paint(lying.withBodyAngle("belly", 1));
        BufferedImage drawnIn = paint(lying.withBodyAngle("belly", -1));
        int lower = 0;
        int higher = 0;
        for (int x = 0; x < rounded.getWidth(); x++) {
            int a = topInk(rounded, x);
            int b = topInk(drawnIn, x);
            if (b > a + 4) {
                lower++;
            } else if (b < a - 1) {
                higher++;
            }
        }
        assertThat(lower)
                .as("columns where the drawn-in belly is plainly lower")
                .isGreaterThan(20);
        assertThat(higher).as("columns where it is higher").isZero();
    }

    private static BufferedImage paint(Pose pose) {
        BufferedImage img = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 300);
        Figure f = Figure.builder(pose).props(List.of(Prop.MAT)).build();
        new FigurePainter().paint(g, f, 0, 0, 600, 300);
        g.dispose();
        return img;
    }

    /** The row of the topmost dark pixel in column {@code x}, or the image height where there is none. */
    private static int topInk(BufferedImage img, int x) {
        for (int y = 0; y < img.getHeight(); y++) {
            if ((img.getRGB(x, y) & 0xff) < 100) {
                return y;
            }
        }
        return img.getHeight();
    }

    @Test
    void aSlidingHeelLeavesATrackOnTheMatOnTheSecondPictureUnderItsArrow() {
        Figure slides = figure("heel-slides");
        assertThat(slides.props()).contains(Prop.HEEL_TRACK);
        FigurePainter painter = new FigurePainter();
        List<Sketch> pictures = painter.panels(slides);
        // Readers looked for the slide in the picture where it happens, as for every lying movement.
        assertThat(tracks(pictures.get(0))).isZero();
        assertThat(tracks(pictures.get(1))).isEqualTo(1);
        assertThat(slides.arrows()).singleElement().satisfies(a -> assertThat(a.picture())
                .isEqualTo(1));
        Sketch still = new Sketch();
        PosedBody lying = new PosedBody(slides.end());
        marks.heelTrack(lying, lying, still);
        assertThat(still.isEmpty())
                .as("a heel that does not move leaves no track")
                .isTrue();
    }

    /** The dashed marks under the body (the heel's track): arrows and outlines of moved limbs are elsewhere. */
    private static long tracks(Sketch picture) {
        return picture.marks().stream()
                .filter(m -> m.dashed() && m.layer() == Sketch.Layer.BEHIND)
                .count();
    }

    /** How many working muscles a picture draws (each is one spindle in the muscle's grey). */
    private static long muscles(Sketch picture) {
        return picture.marks().stream()
                .filter(m -> MarkSketcher.WORKING.equals(m.fill()))
                .count();
    }

    private boolean line(org.backsheet.model.figure.Pose pose) {
        Sketch s = new Sketch();
        marks.bodyLine(new PosedBody(pose), s);
        return !s.isEmpty();
    }

    @Test
    void kneesToTheChestComeOverTheTrunkWithTheShinsHangingAndTheHandsBelowTheKnees() {
        Projection side = new Projection(View.SIDE);
        for (String id : List.of("single-knee-to-chest", "double-knee-to-chest", "knees-to-chest-breathing")) {
            Figure f = figure(id);
            // The picture where the knees are in: the held end, or the breathing exercise's first picture.
            Pose in = id.startsWith("knees-to-chest") ? f.start() : f.end();
            PosedBody b = new PosedBody(in);
            Point2D.Double hip = side.flat(b.near.hip());
            Point2D.Double knee = side.flat(b.near.knee());
            Point2D.Double ankle = side.flat(b.near.ankle());
            // Knees past upright toward the head ("knees only at tabletop": runs 97-112), the shins hanging from
            // them, not sticking out level ("floats", "a third leg": figR-1/2).
            assertThat(knee.x).as("%s knee toward the chest", id).isLessThan(hip.x - 0.11);
            assertThat(ankle.y).as("%s shin hangs", id).isLessThan(knee.y - 0.05);
            if (!id.startsWith("knees-to-chest")) {
                // The hands hold the shins just below the knees ("hands clasped round the shin below the knee").
                for (PosedBody.Side s : new PosedBody.Side[] {b.near, b.far}) {
                    // Each hand on its own side's knee; a single knee is held with both hands.
                    Point2D.Double held = id.startsWith("single") ? knee : side.flat(s.knee());
                    Point2D.Double hand = side.flat(s.wrist().plus(s.hand()).times(0.5));
                    assertThat(hand.distance(held))
                            .as("%s hand below the knee", id)
                            .isLessThan(0.09);
                    assertThat(hand.x)
                            .as("%s hand on the shin side of the knee", id)
                            .isGreaterThan(held.x);
                }
            }
        }
    }

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
