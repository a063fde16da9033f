package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backsheet.model.Dose;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.backsheet.render.pdf.PdfCompliance;
import org.junit.jupiter.api.Test;

/** The sheet's options: compact layout, grouping, signature line, clinic logo, tracking chart. */
class HandoutOptionsTest {

    private final HandoutRenderer renderer =
            new HandoutRenderer(TestCatalog.catalog(), "BackSheet 1.0.0", new FigurePictures());

    @Test
    void groupByPositionPutsExercisesUnderPositionHeadingsInBodyOrder() throws Exception {
        Sheet sheet = TestCatalog.typicalSheet()
                .withGroupByPosition(true)
                .withItems(List.of(
                        SheetItem.of("wall-slide"),
                        SheetItem.of("pelvic-tilt"),
                        SheetItem.of("stationary-bike"),
                        SheetItem.of("bridging"),
                        SheetItem.of("gone")));
        String text = PdfText.render(renderer, sheet).flat();
        int lying = text.indexOf("Lying on your back");
        int sitting = text.indexOf("Sitting");
        int standing = text.indexOf("Standing");
        int other = text.indexOf("Other exercises");
        assertThat(lying).isPositive().isLessThan(sitting);
        assertThat(sitting).isLessThan(standing);
        assertThat(standing).isLessThan(other);
        // numbered in printed order; the clinician's order kept inside a group
        assertThat(text)
                .contains("1 Pelvic tilt")
                .contains("2 Bridge")
                .contains("3 Stationary bike")
                .contains("4 Wall slide")
                .contains("5 Exercise not found: gone");
        assertThat(text.indexOf("Lying on your back", lying + 1))
                .as("no repeated position line")
                .isNegative();
    }

    @Test
    void signatureLineNamesTheClinician() throws Exception {
        String with = PdfText.render(renderer, TestCatalog.typicalSheet().withSignatureLine(true))
                .flat();
        assertThat(with).contains("Clinician's signature \u2013 J. Smith, PT");
        String without = PdfText.render(renderer, TestCatalog.typicalSheet()).flat();
        assertThat(without).doesNotContain("Clinician's signature");
    }

    @Test
    void signatureLineStaysOnThePageOfTheClosingLine() throws Exception {
        for (int items = 1; items <= 8; items++) {
            PdfText pdf =
                    PdfText.render(renderer, TestCatalog.sheetWithItems(items).withSignatureLine(true));
            for (String page : pdf.pages) {
                if (page.contains("Clinician's signature")) {
                    assertThat(PdfText.flat(page)).as(items + " items").contains("That is the end of your program.");
                }
            }
        }
    }

    @Test
    void logoIsDrawnFromPngAndJpeg() throws Exception {
        for (EmbeddedImage logo : List.of(TestImages.png(200, 100), TestImages.jpeg(200, 100))) {
            Sheet sheet = TestCatalog.typicalSheet()
                    .withClinic(TestCatalog.typicalSheet().clinic().withLogo(logo));
            PdfText pdf = PdfText.render(renderer, sheet);
            assertThat(pdf.result.warnings()).isEmpty();
            try (PDDocument doc = Loader.loadPDF(pdf.bytes)) {
                var resources = doc.getPage(0).getResources();
                int images = 0;
                for (var name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        assertThat(image.getWidth()).isEqualTo(200);
                        images++;
                    }
                }
                assertThat(images).as(logo.mediaType()).isEqualTo(1);
            }
        }
    }

    @Test
    void aCorruptLogoIsAWarningNotACrash() throws Exception {
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        for (EmbeddedImage logo : List.of(
                new EmbeddedImage("image/png", broken),
                new EmbeddedImage("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1}),
                new EmbeddedImage("image/gif", "GIF89a".getBytes()))) {
            Sheet sheet = TestCatalog.typicalSheet()
                    .withClinic(TestCatalog.typicalSheet().clinic().withLogo(logo));
            PdfText pdf = PdfText.render(renderer, sheet);
            assertThat(pdf.result.warnings())
                    .as(logo.mediaType())
                    .singleElement()
                    .satisfies(w -> assertThat(w).contains("logo"));
            assertThat(pdf.flat()).contains("Riverside Physio");
        }
    }

    @Test
    void trackingChartHasAColumnPerDayAndBoxesPerSession() throws Exception {
        Sheet sheet = TestCatalog.typicalSheet()
                .withTrackingDays(14)
                .withItems(List.of(
                        SheetItem.of("pelvic-tilt").withDose(Dose.EMPTY.withTimesPerDay(3)), SheetItem.of("bridging")));
        PdfText pdf = PdfText.render(renderer, sheet);
        String last = PdfText.flat(pdf.pages.get(pdf.pages.size() - 1));
        assertThat(last)
                .contains("Your tracking chart")
                .contains("Week 1 1 2 3 4 5 6 7")
                .contains("Week 2 8 9 10 11 12 13 14")
                .contains("1 Pelvic tilt")
                .contains("2 Bridge");
        assertThat(PdfText.render(renderer, TestCatalog.typicalSheet()).flat()).doesNotContain("tracking chart");
    }

    @Test
    void trackingChartStartsOnItsOwnPageWhenItDoesNotFit() throws Exception {
        Sheet sheet = TestCatalog.sheetWithItems(5).withTrackingDays(7);
        PdfText pdf = PdfText.render(renderer, sheet);
        int chartPage = -1;
        for (int i = 0; i < pdf.pages.size(); i++) {
            if (pdf.pages.get(i).contains("Your tracking chart")) {
                chartPage = i;
            }
        }
        String page = PdfText.flat(pdf.pages.get(chartPage));
        // the whole week with every exercise is on the chart's page
        assertThat(page).contains("Week 1").contains("5 Wall slide");
    }

    @Test
    void largePrintAppliesToTheChartAndCompactSheetToo() throws Exception {
        Sheet sheet = TestCatalog.sheetWithItems(6)
                .withLayout(Layout.COMPACT)
                .withTrackingDays(28)
                .withSignatureLine(true)
                .withGroupByPosition(true)
                .withPage(TestCatalog.typicalSheet().page().withLargePrint(true));
        PdfText pdf = PdfText.render(renderer, sheet);
        assertThat(pdf.glyphs).allSatisfy(g -> assertThat(g.fontSize()).isGreaterThanOrEqualTo(16f));
        assertThat(pdf.flat()).contains("Week 4 22 23 24 25 26 27 28");
    }

    @Test
    void everyOptionStillPassesPdfAAndPdfUa() throws Exception {
        Sheet detailed = TestCatalog.sheetWithItems(8)
                .withGroupByPosition(true)
                .withSignatureLine(true)
                .withTrackingDays(14)
                .withClinic(TestCatalog.typicalSheet().clinic().withLogo(TestImages.png(200, 100)));
        assertThat(PdfCompliance.archivalAndAccessible(PdfText.render(renderer, detailed).bytes))
                .isEmpty();
        Sheet compact = detailed.withLayout(Layout.COMPACT)
                .withGroupByPosition(false)
                .withItems(List.of(SheetItem.of("pelvic-tilt"), SheetItem.of("gone"), SheetItem.of("bird-dog")));
        assertThat(PdfCompliance.archivalAndAccessible(PdfText.render(renderer, compact).bytes))
                .isEmpty();
    }

    @Test
    void compactLayoutListsEveryExerciseWithAShortDoseOnFewerPages() throws Exception {
        Sheet detailed = TestCatalog.sheetWithItems(12);
        Sheet compact = detailed.withLayout(Layout.COMPACT);
        PdfText pdf = PdfText.render(renderer, compact);
        String text = pdf.flat();
        assertThat(text)
                .contains("Pelvic tilt")
                .contains("10 times, hold 5 seconds, 2 times a day")
                .contains("2 sets, 8 times, hold 10 seconds, 1 time a day, 5 days a week")
                .contains("5 times on each side, hold 8 seconds")
                .contains(TestCatalog.EN.disclaimer());
        assertThat(text).doesNotContain("Tighten your stomach muscles.");
        assertThat(pdf.pages.size())
                .isLessThan(PdfText.render(renderer, detailed).pages.size());
    }
}
