package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.model.Exercise;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HandoutRendererTest {

    private final HandoutRenderer renderer =
            new HandoutRenderer(TestCatalog.catalog(), "BackSheet 1.0.0", new FigurePictures());

    @Test
    void printsEveryItemsNameStepsAndDose() throws Exception {
        PdfText pdf = PdfText.render(renderer, TestCatalog.typicalSheet());
        String text = pdf.flat();
        for (SheetItem item : TestCatalog.typicalSheet().items()) {
            Exercise e = TestCatalog.catalog().find(item.exerciseId()).orElseThrow();
            assertThat(text).contains(e.name());
            for (String step : e.steps()) {
                assertThat(text).contains(step);
            }
        }
        // pelvic tilt: 10 reps, hold 5 s, 2 a day; bike: 20 minutes
        assertThat(text)
                .contains("10 times Hold 5 seconds each time 2 times a day")
                .contains("20 minutes")
                .contains("Keep breathing; do not hold your breath.")
                .contains("Anna Nowak")
                .contains("J. Smith, PT")
                .contains("Riverside Physio")
                .contains("21 November 2026")
                .contains("Your lower back program");
    }

    @Test
    void doseShowsOnlyTheFieldsThatHaveValues() throws Exception {
        Sheet sheet = TestCatalog.typicalSheet().withItems(List.of(SheetItem.of("stationary-bike")));
        String flat = PdfText.render(renderer, sheet).flat();
        // the exercise's text ends where the advice or the "Avoid these" box begins, whichever comes first
        int end = flat.indexOf("Good to know") > 0 ? flat.indexOf("Good to know") : flat.indexOf("Avoid these");
        String text = flat.substring(flat.indexOf("1 Stationary bike"), end);
        assertThat(text)
                .contains("20 minutes 1 time a day")
                .doesNotContain(" set")
                .doesNotContain(" times")
                .doesNotContain("Hold ")
                .doesNotContain("each side");
    }

    @Test
    void shortDisclaimerOnEveryPageFullOnceAndPageNumbersRight() throws Exception {
        PdfText pdf = PdfText.render(renderer, TestCatalog.sheetWithItems(12));
        int pages = pdf.pages.size();
        assertThat(pages).isGreaterThan(2);
        assertThat(pdf.result.pageCount()).isEqualTo(pages);
        for (int i = 0; i < pages; i++) {
            String page = PdfText.flat(pdf.pages.get(i));
            assertThat(page).contains(TestCatalog.EN.shortDisclaimer());
            assertThat(page).contains("Page " + (i + 1) + " of " + pages);
        }
        assertThat(pdf.count(TestCatalog.EN.disclaimer())).isEqualTo(1);
        assertThat(pdf.count("Avoid these")).isEqualTo(1);
    }

    @Test
    void customDisclaimerReplacesTheStandardOneButBlankDoesNot() throws Exception {
        String own = "Ask Dr Brown before you begin; call the clinic if anything hurts.";
        assertThat(PdfText.render(renderer, TestCatalog.typicalSheet().withDisclaimer(own))
                        .flat())
                .contains(own)
                .doesNotContain(TestCatalog.EN.disclaimer());
        assertThat(PdfText.render(renderer, TestCatalog.typicalSheet().withDisclaimer("   "))
                        .flat())
                .contains(TestCatalog.EN.disclaimer());
    }

    @Test
    void adviceDefaultsToTheStandardTextAndAnEmptyListLeavesItOut() throws Exception {
        String standard = PdfText.render(renderer, TestCatalog.typicalSheet().withAdvice(null))
                .flat();
        assertThat(standard)
                .contains("Good to know")
                .contains(TestCatalog.EN.advice().get(0));
        String none = PdfText.render(renderer, TestCatalog.typicalSheet().withAdvice(List.of()))
                .flat();
        assertThat(none)
                .doesNotContain("Good to know")
                .doesNotContain(TestCatalog.EN.advice().get(0));
        String own = PdfText.render(renderer, TestCatalog.typicalSheet().withAdvice(List.of("Walk daily.")))
                .flat();
        assertThat(own)
                .contains("Walk daily.")
                .doesNotContain(TestCatalog.EN.advice().get(0));
    }

    @Test
    void defaultTitleWhenTheSheetHasNone() throws Exception {
        assertThat(PdfText.render(renderer, TestCatalog.typicalSheet().withTitle(null))
                        .flat())
                .contains("Your exercise program");
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void nothingOutsideTheMarginsNormalAndLargePrint(PageSize size) throws Exception {
        String longWord = "Supercalifragilisticexpialidocious".repeat(6);
        List<SheetItem> items = new ArrayList<>(TestCatalog.sheetWithItems(30).items());
        items.set(3, items.get(3).withNote(longWord + " and then " + "a long note with many words ".repeat(40)));
        for (boolean large : new boolean[] {false, true}) {
            Sheet sheet = TestCatalog.typicalSheet()
                    .withItems(items)
                    .withTitle("A title " + longWord)
                    .withPatient(longWord)
                    .withAdvice(List.of(longWord, "Tab\there and a\nnew line"))
                    .withPage(TestCatalog.typicalSheet().page().withSize(size).withLargePrint(large));
            PdfText pdf = PdfText.render(renderer, sheet);
            assertInsideMargins(pdf);
            assertThat(pdf.flat()).contains("Tab here and a new line");
        }
    }

    @Test
    void aNoteLongerThanAPageIsSplitAndStaysInsideTheMargins() throws Exception {
        Sheet sheet = TestCatalog.typicalSheet()
                .withItems(List.of(SheetItem.of("bird-dog")
                        .withNote("Breathe out as you lift and in as you lower. ".repeat(200))));
        PdfText pdf = PdfText.render(renderer, sheet);
        assertInsideMargins(pdf);
        assertThat(pdf.pages.size()).isGreaterThan(2);
    }

    static void assertInsideMargins(PdfText pdf) {
        float margin = PageGeometry.MARGIN - 0.5f;
        assertThat(pdf.glyphs).isNotEmpty();
        for (PdfText.Glyph g : pdf.glyphs) {
            String where = "'" + g.text() + "' on page " + g.page();
            assertThat(g.x()).as(where).isGreaterThanOrEqualTo(margin);
            assertThat(g.x() + g.width()).as(where).isLessThanOrEqualTo(g.pageWidth() - margin);
            assertThat(g.baselineFromTop() - g.fontSize() * 0.905f).as(where).isGreaterThanOrEqualTo(margin);
            assertThat(g.baselineFromTop() + g.fontSize() * 0.212f)
                    .as(where)
                    .isLessThanOrEqualTo(g.pageHeight() - margin);
        }
    }

    @Test
    void exerciseBlocksAreNeverSplitAcrossPages() throws Exception {
        PdfText pdf = PdfText.render(renderer, TestCatalog.sheetWithItems(30));
        int checked = 0;
        for (String page : pdf.pages) {
            String flat = PdfText.flat(page);
            for (Exercise e : TestCatalog.EXERCISES) {
                if (flat.contains(e.name() + " ")) {
                    // the name's page also holds the last step of that block
                    assertThat(flat).as(e.id()).contains(e.steps().get(e.steps().size() - 1));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void anExerciseMissingFromTheCatalogStillRenders() throws Exception {
        Sheet sheet = TestCatalog.typicalSheet()
                .withItems(List.of(SheetItem.of("pelvic-tilt"), SheetItem.of("no-such-exercise")));
        PdfText pdf = PdfText.render(renderer, sheet);
        assertThat(pdf.flat()).contains("Exercise not found: no-such-exercise").contains("Pelvic tilt");
        assertThat(pdf.result.warnings()).anySatisfy(w -> assertThat(w).contains("no-such-exercise"));
    }

    @Test
    void emptySheetStillHasTitleAndDisclaimer() throws Exception {
        PdfText pdf = PdfText.render(renderer, Sheet.empty());
        assertThat(pdf.pages).hasSize(1);
        assertThat(pdf.flat())
                .contains("Your exercise program")
                .contains(TestCatalog.EN.disclaimer())
                .contains("Page 1 of 1");
    }

    @Test
    void metadataComesFromTheSheet() throws Exception {
        PdfText pdf = PdfText.render(renderer, TestCatalog.typicalSheet());
        try (PDDocument doc = Loader.loadPDF(pdf.bytes)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Your lower back program");
            assertThat(info.getAuthor()).isEqualTo("Riverside Physio");
            assertThat(info.getProducer()).isEqualTo("BackSheet 1.0.0");
            assertThat(info.getCreator()).isEqualTo("BackSheet 1.0.0");
            assertThat(info.getCreationDate().get(Calendar.YEAR)).isEqualTo(2026);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("Your lower back program")
                    .contains("Riverside Physio")
                    .contains("2026-11-21")
                    .contains("BackSheet 1.0.0");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocument().getDocumentID().size()).isEqualTo(2);
        }
        PdfText noDate = PdfText.render(
                renderer, TestCatalog.typicalSheet().withDate(null).withClinic(null));
        try (PDDocument doc = Loader.loadPDF(noDate.bytes)) {
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("J. Smith, PT");
        }
    }

    @Test
    void renderDocumentGivesAnOpenDocumentWithTheSamePages() throws Exception {
        try (PDDocument doc = renderer.renderDocument(TestCatalog.sheetWithItems(6))) {
            assertThat(doc.getNumberOfPages())
                    .isEqualTo(PdfText.render(renderer, TestCatalog.sheetWithItems(6))
                            .pages
                            .size());
        }
    }
}
