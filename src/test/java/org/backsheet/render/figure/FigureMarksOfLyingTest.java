package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
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
    void theHipLiftLiftsLessThanTheBridgeAndShowsItsWorkingMusclesNotAnythingUnderIt() {
        Figure bridge = figure("bridging");
        Figure hipLift = figure("hip-lift");
        assertThat(hipLift.end().y()).isLessThan(bridge.end().y() - 0.05);
        // Anything drawn under the lifted hips read as "a block or a cushion under me".
        assertThat(hipLift.props()).doesNotContain(Prop.BACK_GAP).contains(Prop.TIGHT_STOMACH_AND_BUTTOCKS);
        assertThat(bridge.props()).doesNotContain(Prop.TIGHT_STOMACH_AND_BUTTOCKS);
    }

    @Test
    void theHipLiftShowsItsMusclesOnBothPicturesAndStomachTighteningOnlyOnTheSecond() {
        Sketch lift = new Sketch();
        marks.workingButtocks(new PosedBody(figure("hip-lift").start()), lift);
        assertThat(lift.marks()).isNotEmpty();
        FigurePainter painter = new FigurePainter();
        assertThat(muscles(painter.panels(figure("hip-lift")).get(0))).isEqualTo(2);
        assertThat(muscles(painter.panels(figure("abdominal-bracing")).get(0))).isZero();
        assertThat(muscles(painter.panels(figure("abdominal-bracing")).get(1))).isEqualTo(1);
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

    @Test
    void theStomachMuscleIsDrawnOnTheTightenedPictureAndNotOnTheRelaxedOne() {
        Figure bracing = figure("abdominal-bracing");
        assertThat(bracing.arrows())
                .as("arrows on the belly read as pressing it")
                .isEmpty();
        BufferedImage img = new BufferedImage(480, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 420);
        FigurePainter painter = new FigurePainter();
        painter.paint(g, bracing, 0, 0, 480, 420, Locale.ENGLISH);
        g.dispose();
        List<Rectangle2D> pictures =
                painter.place(bracing, 0, 0, 480, 420, Locale.ENGLISH).pictures();
        assertThat(shaded(img, pictures.get(0))).as("relaxed").isZero();
        assertThat(shaded(img, pictures.get(1))).as("tightened").isGreaterThan(100);
    }

    private boolean line(org.backsheet.model.figure.Pose pose) {
        Sketch s = new Sketch();
        marks.bodyLine(new PosedBody(pose), s);
        return !s.isEmpty();
    }

    /**
     * Pixels inside an area of the working muscle's grey within {@code area}: the smoothed edges of black outlines
     * pass through that grey too, so a pixel counts only with its four neighbours.
     */
    private static int shaded(BufferedImage img, Rectangle2D area) {
        int n = 0;
        int top = (int) Math.max(1, area.getMinY());
        int bottom = (int) Math.min(img.getHeight() - 1, area.getMaxY());
        int left = (int) Math.max(1, area.getMinX());
        int right = (int) Math.min(img.getWidth() - 1, area.getMaxX());
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                boolean inside = grey(img, x, y)
                        && grey(img, x - 1, y)
                        && grey(img, x + 1, y)
                        && grey(img, x, y - 1)
                        && grey(img, x, y + 1);
                n += inside ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean grey(BufferedImage img, int x, int y) {
        int grey = MarkSketcher.WORKING.getRed();
        int rgb = img.getRGB(x, y);
        return Math.abs(((rgb >> 16) & 0xff) - grey) <= 2 && Math.abs((rgb & 0xff) - grey) <= 2;
    }

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
