package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.backsheet.model.Exercise;
import org.junit.jupiter.api.Test;

/**
 * The material for a blind reading of the figures (docs/figure-blind-test.md): every built-in exercise's
 * picture as its own PNG, unnamed and shuffled, in {@code target/figures/blind/NN.png}, the list of exercise
 * names in alphabetical order in {@code target/figures/blind-names.txt} (for the readers) and the key in
 * {@code target/figures/blind-key.txt} (for whoever scores them, never for the readers). Run with
 * {@code mvn -B -o test -Dtest=FigureBlindTest}; {@code -DblindSeed=N} deals a different order.
 */
class FigureBlindTest {

    /** The detailed layout's picture box in points, drawn at this many pixels per point (print resolution). */
    private static final double BOX_W = 180;

    private static final double BOX_H = 118;
    private static final double PIXELS_PER_POINT = 3;

    @Test
    void writesEveryPictureUnnamedAndShuffledWithTheKeyApart() throws IOException {
        List<Exercise> exercises = new ArrayList<>(BuiltInFigures.exercises());
        Collections.shuffle(exercises, new Random(Long.getLong("blindSeed", 11)));
        Path dir = Path.of("target", "figures", "blind");
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        FigurePainter painter = new FigurePainter();
        StringBuilder key = new StringBuilder();
        List<String> names = new ArrayList<>();
        int w = (int) Math.round(BOX_W * PIXELS_PER_POINT);
        int h = (int) Math.round(BOX_H * PIXELS_PER_POINT);
        for (int i = 0; i < exercises.size(); i++) {
            Exercise e = exercises.get(i);
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(PIXELS_PER_POINT, PIXELS_PER_POINT);
            painter.paint(g, e.figure(), 0, 0, BOX_W, BOX_H, Locale.ENGLISH);
            g.dispose();
            String file = String.format(Locale.ROOT, "%02d.png", i + 1);
            ImageIO.write(img, "png", dir.resolve(file).toFile());
            key.append(file)
                    .append('\t')
                    .append(e.id())
                    .append('\t')
                    .append(e.name())
                    .append('\n');
            names.add(e.name());
        }
        Collections.sort(names);
        Files.writeString(dir.resolveSibling("blind-key.txt"), key, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolveSibling("blind-names.txt"), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        try (var written = Files.list(dir)) {
            assertThat(written.count()).isEqualTo(exercises.size());
        }
    }
}
