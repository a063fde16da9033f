package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Layout;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePainter;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every picture of the catalog on the compact sheet, in the very box the compact layout gives it (recorded while
 * the sheet renders, on A4 and Letter, normal and large print, English and Spanish): its two labels ("Start" and
 * "Finish", "Inicio" and "Final") stay apart. Wall slide once printed "StartFinish" as one word.
 */
class CompactPictureLabelsTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();

    /** The least space between two labels, in points: a clear gap, not letters that touch. */
    private static final double LEAST_GAP = 1.5;

    /** One picture as the layout asked for it. */
    private record Drawn(Exercise exercise, float width, float height, Locale language) {}

    /** Draws as usual and notes each box. */
    private static final class Recording implements ExercisePictures {

        private final ExercisePictures real = new FigurePictures();
        private final List<Drawn> drawn = new ArrayList<>();

        @Override
        public void draw(
                PictureTarget target, Exercise exercise, SheetItem item, float x, float y, float width, float height)
                throws IOException {
            synchronized (drawn) {
                drawn.add(new Drawn(exercise, width, height, target.locale()));
            }
            real.draw(target, exercise, item, x, y, width, height);
        }
    }

    static Stream<Arguments> sheets() {
        List<Arguments> all = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            for (PageSize size : PageSize.values()) {
                for (boolean large : List.of(false, true)) {
                    all.add(Arguments.of(language, size, large));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} large print {2}")
    @MethodSource("sheets")
    void labelsOfEveryCompactPictureKeepApart(String language, PageSize size, boolean large) throws Exception {
        List<SheetItem> items =
                CATALOG.all().stream().map(e -> SheetItem.of(e.id())).toList();
        Sheet sheet = Sheet.empty()
                .withLayout(Layout.COMPACT)
                .withLanguage(language)
                .withItems(items)
                .withPage(Sheet.empty().page().withSize(size).withLargePrint(large));
        Recording pictures = new Recording();
        PdfText.render(new HandoutRenderer(CATALOG, "BackSheet test", pictures), sheet);

        assertThat(pictures.drawn).hasSize(items.size());
        FigurePainter painter = new FigurePainter();
        int pairs = 0;
        for (Drawn d : pictures.drawn) {
            assertThat(d.language().getLanguage()).isEqualTo(language);
            if (d.exercise().figure() == null) {
                continue;
            }
            List<Rectangle2D> labels = painter.place(d.exercise().figure(), 0, 0, d.width(), d.height(), d.language())
                    .labels();
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    Rectangle2D a = labels.get(i);
                    Rectangle2D b = labels.get(j);
                    assertThat(gap(a, b))
                            .as(
                                    "%s in %.0f x %.0f: labels %s and %s",
                                    d.exercise().id(), d.width(), d.height(), a, b)
                            .isGreaterThanOrEqualTo(LEAST_GAP);
                }
            }
            pairs += labels.size() > 1 ? 1 : 0;
        }
        // the check ran on real pairs, not on a catalog of single pictures
        assertThat(pairs).isGreaterThan(10);
    }

    /** The space between two boxes: across when they sit side by side, else up and down; negative when they overlap. */
    private static double gap(Rectangle2D a, Rectangle2D b) {
        double across = Math.max(b.getMinX() - a.getMaxX(), a.getMinX() - b.getMaxX());
        double down = Math.max(b.getMinY() - a.getMaxY(), a.getMinY() - b.getMaxY());
        return Math.max(across, down);
    }
}
