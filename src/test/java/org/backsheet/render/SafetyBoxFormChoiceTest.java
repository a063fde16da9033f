package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;

/**
 * The safety box is set in the most readable form that fits page one, unless a closer two-column form (every
 * sign, the same type, lines a little closer) lets the first exercise onto page one and so saves the handout a
 * page (issue 10: the advanced program printed four pages where three were asked).
 */
class SafetyBoxFormChoiceTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(CATALOG, "BackSheet test", new FigurePictures());

    /** What a sheet printed: its pages and where the general part under the box starts (higher: a closer box). */
    private record Printed(int pages, float generalTop, int mostBulletsOnALine) {}

    /**
     * The first exercise grows by its note, a few words at a time: first the box stays in its most readable form,
     * then (the exercise no longer fits under it) a closer form keeps the page count, and only when the exercise
     * does not fit under that either does the handout take a page more, with the readable box again.
     */
    @Test
    void aCloserFormIsChosenOnlyWhereItSavesAPage() throws IOException {
        Printed start = print(0);
        Printed closer = null;
        Printed after = null;
        for (int words = 6; words <= 240 && after == null; words += 6) {
            Printed p = print(words);
            boolean readable = Math.abs(p.generalTop() - start.generalTop()) < 0.5f;
            if (!readable && closer == null) {
                closer = p;
            } else if (readable && closer != null) {
                after = p;
            } else if (readable) {
                assertThat(p.pages()).as("%d words, readable box", words).isEqualTo(start.pages());
            }
        }
        assertThat(closer).as("a sheet printed with the closer box").isNotNull();
        assertThat(closer.generalTop()).isLessThan(start.generalTop());
        assertThat(closer.pages()).as("the closer box keeps the page count").isEqualTo(start.pages());
        assertThat(closer.mostBulletsOnALine()).as("still at most two columns").isLessThanOrEqualTo(2);
        assertThat(after).as("a longer exercise, readable box again").isNotNull();
        assertThat(after.pages())
                .as("only a page more makes the readable box worth it")
                .isEqualTo(start.pages() + 1);
    }

    private static Printed print(int words) throws IOException {
        List<SheetItem> items = new ArrayList<>();
        items.add(SheetItem.of("wall-slide").withNote(words == 0 ? null : "Note" + " word".repeat(words) + "."));
        for (String id : List.of("leg-press", "lat-pulldown", "hip-flexor-stretch")) {
            items.add(SheetItem.of(id));
        }
        Sheet sheet = Sheet.empty()
                .withTitle("Safety box forms")
                .withAdvice(List.of())
                .withItems(items);
        PdfText pdf = PdfText.render(RENDERER, sheet);
        String general =
                CATALOG.standardTexts("en").disclaimer().replace(" ", "").substring(0, 20);
        StringBuilder text = new StringBuilder();
        List<PdfText.Glyph> at = new ArrayList<>();
        Map<Integer, Integer> bulletsPerLine = new HashMap<>();
        for (PdfText.Glyph g : pdf.glyphs) {
            if (g.page() == 1 && !g.text().isBlank()) {
                text.append(g.text());
                at.add(g);
            }
            if (g.page() == 1 && g.text().equals("•")) {
                bulletsPerLine.merge(Math.round(g.baselineFromTop()), 1, Integer::sum);
            }
        }
        int i = text.indexOf(general);
        assertThat(i).as("the general part on page one").isNotNegative();
        int most = bulletsPerLine.values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        return new Printed(pdf.pages.size(), at.get(i).baselineFromTop(), most);
    }
}
