package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Clinic;
import org.backsheet.model.Dose;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Absurdly long input never pushes a glyph outside the margins, in any layout, normal or large print. */
class HandoutStressTest {

    private static final String WORDS = "Move slowly and breathe out while you lift your leg. ";
    private static final String LONG_WORD = "Knee-to-chest-stretch-without-bouncing-".repeat(8);

    private final HandoutRenderer renderer =
            new HandoutRenderer(TestCatalog.catalog(), "BackSheet 1.0.0", new FigurePictures());

    @ParameterizedTest
    @CsvSource({"DETAILED,true", "COMPACT,false"})
    void everythingHugeStaysInsideTheMargins(Layout layout, boolean large) throws Exception {
        List<SheetItem> items = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            SheetItem item = SheetItem.of(TestCatalog.EXERCISES
                            .get(i % TestCatalog.EXERCISES.size())
                            .id())
                    .withDose(Dose.EMPTY.withTimesPerDay(1 + i % 12));
            items.add(i % 9 == 0 ? item.withNote(LONG_WORD + WORDS.repeat(i == 0 ? 70 : 3)) : item);
        }
        items.add(SheetItem.of("no-such-exercise-" + LONG_WORD.toLowerCase()));
        Sheet sheet = TestCatalog.typicalSheet()
                .withTitle(WORDS.repeat(3) + LONG_WORD)
                .withPatient(LONG_WORD)
                .withClinician(WORDS.repeat(2))
                .withClinic(Clinic.builder()
                        .name(WORDS.repeat(40))
                        .contact(LONG_WORD + WORDS)
                        .logo(TestImages.png(900, 60))
                        .build())
                .withAdvice(List.of(WORDS.repeat(90), LONG_WORD, "\t\ttabbed\r\nand\rsplit"))
                .withDisclaimer(WORDS.repeat(150))
                .withLayout(layout)
                .withGroupByPosition(true)
                .withSignatureLine(true)
                .withTrackingDays(28)
                .withItems(items)
                .withPage(TestCatalog.typicalSheet().page().withLargePrint(large));
        PdfText pdf = PdfText.render(renderer, sheet);
        Files.createDirectories(Path.of("target/handouts"));
        Files.write(Path.of("target/handouts/stress-" + layout + "-" + large + ".pdf"), pdf.bytes);
        HandoutRendererTest.assertInsideMargins(pdf);
        assertThat(pdf.pages.size()).isEqualTo(pdf.result.pageCount());
        assertThat(pdf.flat())
                .contains("Page " + pdf.pages.size() + " of " + pdf.pages.size())
                .contains("tabbed and split");
    }
}
