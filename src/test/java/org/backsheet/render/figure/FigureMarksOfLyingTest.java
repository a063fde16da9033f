package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backsheet.model.figure.Figure;
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
    void theHipLiftLiftsLessThanTheBridgeWithNothingDrawnUnderTheHips() {
        Figure bridge = figure("bridging");
        Figure hipLift = figure("hip-lift");
        assertThat(hipLift.end().y()).isLessThan(bridge.end().y() - 0.05);
        // Anything drawn under the lifted hips read as "a block or a cushion under me", and drawn muscles as eyes.
        assertThat(hipLift.props()).containsOnly(Prop.MAT);
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
        // Readers saw the drawn muscle as an eye: an arrow pulling the belly in says what to do.
        assertThat(bracing.props()).doesNotContain(Prop.TIGHT_STOMACH);
        assertThat(bracing.arrows()).isNotEmpty().allMatch(a -> a.picture() == 1);
    }

    @Test
    void aSlidingHeelLeavesATrackOnTheMatOnTheFirstPictureOnly() {
        Figure slides = figure("heel-slides");
        assertThat(slides.props()).contains(Prop.HEEL_TRACK);
        FigurePainter painter = new FigurePainter();
        List<Sketch> pictures = painter.panels(slides);
        assertThat(tracks(pictures.get(0))).isEqualTo(1);
        assertThat(tracks(pictures.get(1))).isZero();
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

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
