package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/** Three pictures in one box, the view from the feet, and the shaded gap under an arched lower back. */
class FigurePanelsTest {

    private final FigurePainter painter = new FigurePainter();

    @Test
    void aFigureWithAThirdPoseIsDrawnAsThreePicturesThatDoNotOverlap() {
        for (String id : List.of("narrow", "lying")) {
            Figure f = id.equals("narrow") ? narrowThree() : lyingThree();
            assertThat(painter.panels(f)).as(id).hasSize(3);
            List<Rectangle2D> boxes = painter.place(f, 0, 0, 180, 118).pictures();
            assertThat(boxes).as(id).hasSize(3);
            for (int i = 0; i < 3; i++) {
                for (int j = i + 1; j < 3; j++) {
                    assertThat(boxes.get(i).intersects(boxes.get(j)))
                            .as(id + " pictures " + i + " and " + j)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void labelsSideBySideNeverTouchEvenInTheSmallestBox() {
        for (var e : BuiltInFigures.catalog().all()) {
            for (java.util.Locale language : List.of(java.util.Locale.ENGLISH, new java.util.Locale("es"))) {
                for (double[] box : new double[][] {{77, 40}, {96, 64}, {180, 118}}) {
                    List<Rectangle2D> labels = painter.place(e.figure(), 0, 0, box[0], box[1], language)
                            .labels();
                    for (int i = 0; i < labels.size(); i++) {
                        for (int j = i + 1; j < labels.size(); j++) {
                            assertThat(labels.get(i).intersects(labels.get(j)))
                                    .as(e.id() + " " + language + " " + box[0] + ": labels " + i + ", " + j)
                                    .isFalse();
                        }
                    }
                }
            }
        }
    }

    @Test
    void captionsSideBySideStandWellApartSoTheyDoNotReadAsOneSentence() {
        for (var e : BuiltInFigures.catalog().all()) {
            FigurePainter.Placement p = painter.place(e.figure(), 0, 0, 180, 118, java.util.Locale.ENGLISH);
            List<Rectangle2D> labels = p.labels();
            for (int i = 0; i + 1 < labels.size(); i++) {
                Rectangle2D a = labels.get(i);
                Rectangle2D b = labels.get(i + 1);
                boolean sideBySide = a.getMaxY() > b.getMinY() && b.getMaxY() > a.getMinY();
                if (sideBySide) {
                    double apart = Math.max(b.getMinX() - a.getMaxX(), a.getMinX() - b.getMaxX());
                    assertThat(apart).as(e.id() + " labels " + i).isGreaterThan(1.5 * p.labelSize());
                }
            }
        }
    }

    @Test
    void threeNarrowPicturesStandInARowAndThreeWideOnesDoNot() {
        List<Rectangle2D> rolls = painter.place(narrowThree(), 0, 0, 180, 118).pictures();
        assertThat(rolls.get(1).getCenterY())
                .isCloseTo(rolls.get(0).getCenterY(), org.assertj.core.data.Offset.offset(8.0));
        assertThat(rolls.get(2).getMinX()).isGreaterThan(rolls.get(1).getMaxX());
        List<Rectangle2D> lying = painter.place(lyingThree(), 0, 0, 180, 118).pictures();
        assertThat(lying.get(2).getMinY()).isGreaterThan(lying.get(0).getMaxY());
    }

    @Test
    void kneesRolledToThePersonsLeftShowOnTheReadersRight() {
        Figure f = figure("knee-rolls");
        Projection view = new Projection(f.effectiveEndView());
        // The first picture rolls the knees to the person's left (roll below zero), the second to the right; seen
        // facing the reader, the person's left is on the reader's right.
        Pose left = f.start();
        Pose right = f.end();
        assertThat(left.roll()).isNegative();
        assertThat(right.roll()).isPositive();
        assertThat(kneesX(left, view)).isGreaterThan(kneesX(right, view) + 0.1);
    }

    @Test
    void fromTheFeetTheHeadShowsAboveTheBentKnees() {
        Pose lying = figure("knee-rolls").end();
        Projection feet = new Projection(View.FEET);
        PosedBody b = new PosedBody(lying);
        double kneeTop = feet.flat(b.near.knee()).y + 0.033;
        assertThat(feet.flat(b.head).y - PosedBody.HEAD_RADIUS).isGreaterThan(kneeTop);
    }

    @Test
    void anArrowOnTheLastPictureThatFollowsTheBodyTracesTheMoveThatLedThere() {
        Figure lift = figure("hip-lift");
        Arrow underHips = new Arrow("pelvis", null, null, 0, 0.1, -0.02, false, true);
        List<Sketch> pictures =
                painter.panels(lift.toBuilder().arrows(List.of(underHips)).build());
        assertThat(layer(pictures.get(0), Sketch.Layer.ARROW))
                .as("nothing on the start")
                .isNull();
        Rectangle2D arrow = layer(pictures.get(1), Sketch.Layer.ARROW);
        assertThat(arrow).as("drawn on the end picture").isNotNull();
        // From under the hips of the start to under the hips of the end: the lift itself, upward.
        assertThat(arrow.getMinY()).isLessThan(lift.start().y());
        assertThat(arrow.getMaxY()).isGreaterThan(lift.end().y() - 0.02);
    }

    @Test
    void aRaisedNearLegComesOutOfTheHipsAndAHandOnTheStomachLiesFlat() {
        Figure towel = figure("towel-hamstring-stretch");
        assertThat(towel.start().near().hip()).isGreaterThanOrEqualTo(BodySketcher.RAISED_LEG);
        Sketch raised = new Sketch();
        new BodySketcher(new Projection(View.SIDE))
                .sketch(new PosedBody(towel.start()), Tones.BODY, Sketch.Layer.BODY, raised);
        assertThat(raised.marks())
                .as("a white join over the top of the raised thigh")
                .anyMatch(m -> Color.WHITE.equals(m.fill()) && m.stroke() == null);
        Sketch lying = new Sketch();
        new BodySketcher(new Projection(View.SIDE))
                .sketch(new PosedBody(figure("hip-lift").start()), Tones.BODY, Sketch.Layer.BODY, lying);
        assertThat(lying.marks()).noneMatch(m -> Color.WHITE.equals(m.fill()) && m.stroke() == null);
        PosedBody bracing = new PosedBody(figure("abdominal-bracing").start());
        Vec fingers = bracing.near.hand().minus(bracing.near.wrist());
        assertThat(Math.abs(fingers.y()))
                .as("the hand on the stomach lies along it, not standing up from it")
                .isLessThan(Math.abs(fingers.x()) * 0.5);
    }

    /** Where the marks of {@code layer} lie in a picture, or null where there are none. */
    private static Rectangle2D layer(Sketch picture, Sketch.Layer layer) {
        Rectangle2D all = null;
        for (Sketch.Mark m : picture.marks()) {
            if (m.layer() == layer) {
                Rectangle2D b = m.shape().getBounds2D();
                all = all == null ? b : all.createUnion(b);
            }
        }
        return all;
    }

    @Test
    void theGapUnderAnArchedLowerBackIsHatchedAndGoneWhenTheBackIsFlat() {
        Figure tilt = figure("pelvic-tilt");
        assertThat(tilt.props()).contains(Prop.BACK_GAP);
        assertThat(gapPixels(tilt.start())).isGreaterThan(150);
        assertThat(gapPixels(tilt.end())).isLessThan(15);
    }

    /**
     * How many pixels the gap's hatching changes when the pose is drawn large: the picture drawn with and without
     * it, compared. The body is drawn over the hatching, so only what shows under an arched back counts.
     */
    private static long gapPixels(Pose pose) {
        Projection side = new Projection(View.SIDE);
        PosedBody body = new PosedBody(pose);
        Sketch with = new Sketch();
        new PropSketcher(side).sketch(body, List.of(Prop.MAT, Prop.BACK_GAP), with);
        new BodySketcher(side).sketch(body, Tones.BODY, Sketch.Layer.BODY, with);
        Sketch without = new Sketch();
        new PropSketcher(side).sketch(body, List.of(Prop.MAT), without);
        new BodySketcher(side).sketch(body, Tones.BODY, Sketch.Layer.BODY, without);
        BufferedImage a = draw(with);
        BufferedImage b = draw(without);
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    /** A lying body's sketch at 500 pixels per unit of height, the floor near the bottom. */
    private static BufferedImage draw(Sketch sketch) {
        BufferedImage img = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.translate(300, 170);
        g.scale(500, -500);
        sketch.paint(g, 0.001);
        g.dispose();
        return img;
    }

    private static double kneesX(Pose pose, Projection p) {
        PosedBody b = new PosedBody(pose);
        return (p.flat(b.near.knee()).x + p.flat(b.far.knee()).x) / 2;
    }

    /** Three narrow pictures: standing, up on the toes, standing again. */
    @Test
    void aPersonWhoStandsUpLeavesTheChairWhereItStood() {
        Pose sitting = figure("seated-hamstring-stretch").start();
        Figure sitToStand = Figure.builder(sitting)
                .props(List.of(Prop.CHAIR))
                .end(Pose.standing())
                .build();
        List<Sketch> pictures = painter.panels(sitToStand);
        assertThat(behind(pictures.get(1))).isEqualTo(behind(pictures.get(0)));
        // Carried up with the hips, the seat would have risen with them.
        Sketch carried = new Sketch();
        new PropSketcher(new Projection(View.SIDE))
                .sketch(new PosedBody(Pose.standing()), List.of(Prop.CHAIR), carried);
        assertThat(behind(carried).getMaxY())
                .isGreaterThan(behind(pictures.get(0)).getMaxY() + 0.1);
    }

    /** Where the marks behind the body (the props) lie. */
    private static Rectangle2D behind(Sketch picture) {
        Rectangle2D all = null;
        for (Sketch.Mark m : picture.marks()) {
            if (m.layer() == Sketch.Layer.BEHIND) {
                Rectangle2D b = m.shape().getBounds2D();
                all = all == null ? b : all.createUnion(b);
            }
        }
        return all;
    }

    /** Three wide pictures: lying with the knees bent, the hips lifted, lying again. */
    private static Figure lyingThree() {
        Figure lift = figure("hip-lift");
        return Figure.builder(lift.start())
                .props(List.of(Prop.MAT))
                .end(lift.end())
                .then(lift.start())
                .build();
    }

    private static Figure narrowThree() {
        Pose standing = Pose.standing();
        Pose toes = standing.withPelvis(0, 0.56)
                .withNear(standing.near().with("ankle", -30))
                .withFar(standing.far().with("ankle", -30));
        return Figure.builder(standing)
                .props(List.of(Prop.FLOOR))
                .end(toes)
                .then(standing)
                .build();
    }

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
