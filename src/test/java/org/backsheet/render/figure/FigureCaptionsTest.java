package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backsheet.model.Exercise;
import org.backsheet.model.figure.Figure;
import org.junit.jupiter.api.Test;

/** A figure's own captions over its pictures: they fit at print size, in every language, and are what is drawn. */
class FigureCaptionsTest {

    /** The detailed handout's picture box, its large-print box, and the blind test's box (points). */
    private static final double[][] PRINT = {{160, 140}, {168, 152}, {180, 118}};

    private final FigurePainter painter = new FigurePainter();

    @Test
    void everyBuiltInCaptionFitsOverItsPictureAtPrintSizeInAtMostTwoLines() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Exercise e : BuiltInFigures.exercises()) {
            for (String tag : e.figure().captions().keySet()) {
                Locale language = Locale.forLanguageTag(tag);
                List<String> captions = e.figure().captions(language);
                for (double[] box : PRINT) {
                    String where = e.id() + " " + tag + " in " + box[0] + " x " + box[1];
                    FigurePainter.Placement p = painter.place(e.figure(), 0, 0, box[0], box[1], language);
                    FigurePainter.Placement labelled =
                            painter.place(withoutCaptions(e.figure()), 0, 0, box[0], box[1], language);
                    List<String> drawn =
                            p.words().stream().map(w -> w.replace('\n', ' ')).toList();
                    if (!drawn.equals(captions)) {
                        problems.add(where + ": drawn " + drawn + " instead of the captions");
                        continue;
                    }
                    if (p.labelSize() < labelled.labelSize()) {
                        problems.add(where + ": captions smaller than the labels");
                    }
                    for (int i = 0; i < p.words().size(); i++) {
                        Rectangle2D label = p.labels().get(i);
                        if (p.words().get(i).split("\n").length > 2) {
                            problems.add(where + ": caption " + i + " takes more than two lines");
                        }
                        if (label.getMinX() < 0 || label.getMaxX() > box[0] || label.getMinY() < 0) {
                            problems.add(where + ": caption " + i + " leaves the box: " + label);
                        }
                        for (int j = 0; j < p.pictures().size(); j++) {
                            if (j != i && label.intersects(p.pictures().get(j))) {
                                problems.add(where + ": caption " + i + " runs into picture " + j);
                            }
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked)
                .as("figures with captions, languages and boxes checked")
                .isGreaterThan(20);
    }

    @Test
    void everyFigureWithCaptionsHasThemInEnglishAndSpanish() {
        for (Exercise e : BuiltInFigures.exercises()) {
            if (!e.figure().captions().isEmpty()) {
                assertThat(e.figure().captions().keySet()).as(e.id()).contains("en", "es");
            }
        }
    }

    @Test
    void aLanguageWithoutCaptionsGetsItsLabelsAndASmallBoxTheShortLabels() {
        Figure hipLift = figure("hip-lift");
        assertThat(painter.place(hipLift, 0, 0, 160, 140, Locale.ENGLISH).words())
                .containsExactly("Start: stomach, buttocks tight", "Hips a few cm off the floor");
        assertThat(painter.place(hipLift, 0, 0, 160, 140, new Locale("es")).words())
                .extracting(w -> w.replace('\n', ' '))
                .containsExactly("Inicio: abdomen y glúteos tensos", "Cadera a pocos cm del suelo");
        assertThat(painter.place(hipLift, 0, 0, 160, 140, new Locale("pt")).words())
                .as("Portuguese has no captions: the labels, as before")
                .containsExactly("Start", "Finish");
        // A caption that fits on one line costs the drawing nothing, even in the compact layout's small picture.
        assertThat(painter.place(figure("bridging"), 0, 0, 157, 40, Locale.ENGLISH)
                        .words())
                .containsExactly("Start", "Shoulders to knees in a line");
        // Where long captions would shrink a small drawing by more than a fifth, it has the short labels.
        Figure wordy = hipLift.toBuilder()
                .captions(Map.of(
                        "en",
                        List.of("Lie on your back, knees bent, feet flat", "Tighten, squeeze and lift your hips")))
                .build();
        assertThat(painter.place(wordy, 0, 0, 96, 64, Locale.ENGLISH).words()).containsExactly("Start", "Finish");
        assertThat(painter.place(wordy, 0, 0, 160, 140, Locale.ENGLISH).words())
                .extracting(w -> w.replace('\n', ' '))
                .containsExactly("Lie on your back, knees bent, feet flat", "Tighten, squeeze and lift your hips");
    }

    @Test
    void aHeldPictureCarriesItsOneCaptionOverItAndKeptCaptionsOfAMovementDoNotPrint() {
        Figure towel = figure("towel-hamstring-stretch");
        assertThat(towel.end()).as("the towel stretch is one held picture").isNull();
        FigurePainter.Placement p = painter.place(towel, 0, 0, 180, 118, Locale.ENGLISH);
        assertThat(p.words()).hasSize(1);
        assertThat(p.words().get(0).replace('\n', ' ')).startsWith("Towel round");
        assertThat(p.labels().get(0).getCenterY())
                .as("the caption over the picture")
                .isLessThan(p.pictures().get(0).getCenterY());
        Figure kept = towel.toBuilder()
                .captions(Map.of("en", List.of("Start", "Leg up")))
                .build();
        assertThat(painter.place(kept, 0, 0, 180, 118, Locale.ENGLISH).words())
                .as("two captions kept for when the position moves again")
                .isEmpty();
        assertThat(painter.place(withoutCaptions(towel), 0, 0, 180, 118, Locale.ENGLISH)
                        .words())
                .isEmpty();
    }

    @Test
    void aLongCaptionWrapsIntoTwoBalancedLinesAndTheBandGrows() {
        String caption = "Shoulders, hips and knees in one straight line";
        String wrapped = LabelPen.wrap(caption, 9, 150);
        String[] lines = wrapped.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(String.join(" ", lines)).isEqualTo(caption);
        assertThat(Math.abs(LabelPen.width(lines[0], 9) - LabelPen.width(lines[1], 9)))
                .isLessThan(40);
        assertThat(LabelPen.band(wrapped, 9)).isGreaterThan(LabelPen.band("Start", 9) + 9);
        assertThat(LabelPen.wrap("Start", 9, 150)).isEqualTo("Start");
    }

    @Test
    void thePainterDrawsTheCaptionsNotTheLabels() {
        Figure hipLift = figure("hip-lift");
        BufferedImage captioned = paint(hipLift);
        BufferedImage labelled = paint(withoutCaptions(hipLift));
        Rectangle2D finish =
                painter.place(hipLift, 0, 0, 480, 420, Locale.ENGLISH).labels().get(1);
        assertThat(differing(captioned, labelled, finish)).isGreaterThan(50);
    }

    private static Figure withoutCaptions(Figure f) {
        return f.toBuilder().captions(Map.of()).build();
    }

    private BufferedImage paint(Figure f) {
        BufferedImage img = new BufferedImage(480, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 420);
        painter.paint(g, f, 0, 0, 480, 420, Locale.ENGLISH);
        g.dispose();
        return img;
    }

    private static int differing(BufferedImage a, BufferedImage b, Rectangle2D area) {
        int n = 0;
        for (int y = (int) area.getMinY(); y < (int) area.getMaxY(); y++) {
            for (int x = (int) area.getMinX(); x < (int) area.getMaxX(); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    private static Figure figure(String id) {
        return BuiltInFigures.catalog().find(id).orElseThrow().figure();
    }
}
