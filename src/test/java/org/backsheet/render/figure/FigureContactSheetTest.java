package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.backsheet.model.Exercise;
import org.junit.jupiter.api.Test;

/**
 * Draws every built-in exercise's figure on one PNG for a person to look at:
 * {@code mvn -B -o test -Dtest=FigureContactSheetTest} writes {@code target/figures/contact-sheet.png}.
 */
class FigureContactSheetTest {

    private static final int CELL_W = Integer.getInteger("cellWidth", 420);
    private static final int CELL_H = Integer.getInteger("cellHeight", 260);
    private static final int LABEL = 24;
    private static final int COLUMNS = Integer.getInteger("columns", 4);

    @Test
    void drawsEveryExerciseOnOneSheet() throws IOException {
        List<Exercise> entries = BuiltInFigures.exercises();
        assertThat(entries).isNotEmpty();
        int rows = (entries.size() + COLUMNS - 1) / COLUMNS;
        BufferedImage img = new BufferedImage(CELL_W * COLUMNS, (CELL_H + LABEL) * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        FigurePainter painter = new FigurePainter();
        for (int i = 0; i < entries.size(); i++) {
            int x = (i % COLUMNS) * CELL_W;
            int y = (i / COLUMNS) * (CELL_H + LABEL);
            g.setColor(new Color(200, 200, 200));
            g.drawRect(x, y, CELL_W - 1, CELL_H + LABEL - 1);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(
                    (i + 1) + ". " + entries.get(i).name() + "  ("
                            + entries.get(i).position() + ")",
                    x + 6,
                    y + 18);
            assertThat(entries.get(i).figure()).as(entries.get(i).id()).isNotNull();
            painter.paint(g, entries.get(i).figure(), x + 4, y + LABEL, CELL_W - 8, CELL_H - 4);
        }
        g.dispose();
        Path out = Path.of("target", "figures", "contact-sheet.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(img, "png", out.toFile());
        assertThat(out).exists();
    }
}
