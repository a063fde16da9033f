package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/**
 * What readers of the standing, prone and ankle pictures asked to see: where the standing stretch is felt, the foot
 * of ankle pumps large enough to read, and the press-up's arrows away from the head.
 */
class FigureMarksOfUprightTest {

    private final Projection side = new Projection(View.SIDE);

    @Test
    void theStandingStretchMarksTheBackOfTheThighOnTheBentPictureOnly() {
        Figure f = figure("standing-toe-touch");
        assertThat(f.props()).contains(Prop.STRETCHED_HAMSTRING);
        List<Sketch> panels = new FigurePainter().panels(f);
        assertThat(stretched(panels.get(0)))
                .as("standing up: nothing stretched yet")
                .isEmpty();
        List<Sketch.Mark> marks = stretched(panels.get(1));
        assertThat(marks).hasSize(1);
        // On the back of the thigh, the side the knee bends toward: behind the line from hip to knee.
        PosedBody bent = new PosedBody(f.end());
        Rectangle2D r = marks.get(0).shape().getBounds2D();
        double hipX = side.flat(bent.near.hip()).x;
        double kneeX = side.flat(bent.near.knee()).x;
        assertThat(r.getCenterX()).isLessThan((hipX + kneeX) / 2);
        // Readers saw "a toe touch": the knees stay plainly bent and the hands stop at the knees.
        assertThat(f.end().near().knee()).isGreaterThanOrEqualTo(40);
        assertThat(f.end().reach("handNear").point()).isEqualTo("kneeNear");
    }

    @Test
    void theHipFlexorStretchMarksTheFrontOfTheKneelingLegsHipOnTheStretchedPicture() {
        Figure f = figure("hip-flexor-stretch");
        List<Sketch> panels = new FigurePainter().panels(f);
        assertThat(stretched(panels.get(0))).isEmpty();
        assertThat(stretched(panels.get(1))).singleElement().satisfies(m -> {
            // Near the hip, not the knee: the top of the thigh, where it leaves the hips.
            PosedBody b = new PosedBody(f.end());
            Rectangle2D r = m.shape().getBounds2D();
            double toHip = side.flat(b.near.hip()).distance(r.getCenterX(), r.getCenterY());
            double toKnee = side.flat(b.near.knee()).distance(r.getCenterX(), r.getCenterY());
            assertThat(toHip).isLessThan(toKnee);
        });
    }

    @Test
    void anklePumpsMagnifiesTheFootWithTheFootPointedDashedInTheCloseUp() {
        Figure f = figure("ankle-pumps");
        Sketch picture = new FigurePainter().panels(f).get(0);
        // The pointed foot is dashed in the close-up only: dashed at full size too it "cluttered" (figP-3/4).
        assertThat(picture.marks()).noneMatch(Sketch.Mark::dashed);
        assertThat(picture.insets()).singleElement().satisfies(inset -> {
            assertThat(inset.zoom()).isGreaterThan(1.2);
            // Both ways the foot goes: the foot pulled up drawn, the foot pointed dashed over it.
            assertThat(inset.content().marks()).anyMatch(Sketch.Mark::dashed);
            assertThat(inset.content().marks()).anyMatch(m -> !m.dashed() && m.fill() != null);
            // Above the foot, clear of the bent knee (over it, an earlier close-up hid the knee and the arrow).
            PosedBody b = new PosedBody(f.start());
            assertThat(inset.centre().x).isGreaterThan(side.flat(b.far.knee()).x + inset.radius());
        });
    }

    @Test
    void thePressUpArrowsShowTheChestRisingAndTheHipsDownNeverAtTheHead() {
        Figure f = figure("back-extension-press-up");
        PosedBody b = new PosedBody(f.start());
        double headX = side.flat(b.head).x;
        double headY = side.flat(b.head).y;
        for (Arrow a : f.arrows()) {
            // An arrow by the head read as "lift your head" (runs 85-96).
            assertThat(Math.hypot(a.to()[0] - headX, a.to()[1] - headY)).isGreaterThan(0.15);
        }
        // One arrow rises over the back; one presses down at the hips, which stay on the mat.
        assertThat(f.arrows()).anyMatch(a -> a.to()[1] > a.from()[1] && a.to()[0] > side.flat(b.pelvis).x + 0.05);
        assertThat(f.arrows())
                .anyMatch(a -> a.to()[1] < a.from()[1] && Math.abs(a.to()[0] - side.flat(b.pelvis).x) < 0.15);
    }

    private static List<Sketch.Mark> stretched(Sketch panel) {
        return panel.marks().stream()
                .filter(m -> MarkSketcher.STRETCHED.equals(m.fill()))
                .toList();
    }

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
