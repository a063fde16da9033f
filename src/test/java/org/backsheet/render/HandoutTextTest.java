package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;

/**
 * The handout's type and words: embedded fonts, large print, the scripts and languages it prints, characters the
 * font lacks, and the same bytes for the same sheet whichever thread renders it.
 */
class HandoutTextTest {

    private final HandoutRenderer renderer =
            new HandoutRenderer(TestCatalog.catalog(), "BackSheet 1.0.0", new FigurePictures());

    @Test
    void largePrintMakesEveryGlyphAtLeast16Points() throws Exception {
        Sheet sheet = TestCatalog.sheetWithItems(8)
                .withPage(TestCatalog.typicalSheet().page().withLargePrint(true));
        PdfText pdf = PdfText.render(renderer, sheet);
        assertThat(pdf.glyphs)
                .allSatisfy(g -> assertThat(g.fontSize()).as(g.text()).isGreaterThanOrEqualTo(16f));
        PdfText normal = PdfText.render(renderer, TestCatalog.sheetWithItems(8));
        // the same pages or more: the larger words take more room, though a page may now hold a large card that a
        // normal page leaves to the next one
        assertThat(pdf.pages.size()).isGreaterThanOrEqualTo(normal.pages.size());
        assertThat(pdf.glyphs.stream().mapToDouble(g -> g.fontSize()).average().orElse(0))
                .isGreaterThan(normal.glyphs.stream()
                                .mapToDouble(g -> g.fontSize())
                                .average()
                                .orElse(0)
                        * 1.25);
    }

    @Test
    void fontsAreEmbedded() throws Exception {
        PdfText pdf = PdfText.render(renderer, TestCatalog.typicalSheet());
        int fonts = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.bytes)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
        }
        assertThat(fonts).isGreaterThanOrEqualTo(3);
    }

    @Test
    void sameSheetGivesIdenticalBytes() throws Exception {
        byte[] first = PdfText.render(renderer, TestCatalog.typicalSheet()).bytes;
        byte[] second = PdfText.render(
                        new HandoutRenderer(TestCatalog.catalog(), "BackSheet 1.0.0", new FigurePictures()),
                        TestCatalog.typicalSheet())
                .bytes;
        assertThat(second).isEqualTo(first);
        byte[] noDate = PdfText.render(renderer, TestCatalog.typicalSheet().withDate(null)).bytes;
        assertThat(PdfText.render(renderer, TestCatalog.typicalSheet().withDate(null)).bytes)
                .isEqualTo(noDate);
        byte[] other = PdfText.render(renderer, TestCatalog.typicalSheet().withPatient("Someone Else")).bytes;
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void twoThreadsRenderingAtOnceGiveTheSameBytesAsOne() throws Exception {
        Sheet sheet = TestCatalog.sheetWithItems(10);
        byte[] expected = PdfText.render(renderer, sheet).bytes;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    renderer.render(sheet, out);
                    return out.toByteArray();
                }));
            }
            for (Future<byte[]> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void charactersTheFontLacksAreReplacedAndReportedOnce() throws Exception {
        Sheet sheet = TestCatalog.typicalSheet()
                .withPatient("Anna \uD83D\uDE00 Nowak \uD83D\uDE00")
                .withItems(List.of(SheetItem.of("pelvic-tilt").withNote("腰痛 exercise")));
        PdfText pdf = PdfText.render(renderer, sheet);
        assertThat(pdf.flat()).contains("Anna \u25A1 Nowak \u25A1").contains("\u25A1\u25A1 exercise");
        assertThat(pdf.result.warnings())
                .hasSize(3)
                .anySatisfy(w -> assertThat(w).contains("U+1F600"))
                .anySatisfy(w -> assertThat(w).contains("U+8170"));
    }

    @Test
    void polishGermanGreekAndCyrillicPrintIntact() throws Exception {
        String polish = "Zażółć gęślą jaźń, Łódź";
        String german = "Übungen für den Rücken, Straße";
        String greek = "Ασκήσεις για τη μέση";
        String cyrillic = "Упражнения для спины, Ёжик";
        Sheet sheet = TestCatalog.typicalSheet()
                .withPatient(polish)
                .withAdvice(List.of(german, greek))
                .withItems(List.of(SheetItem.of("bridging").withNote(cyrillic)));
        PdfText pdf = PdfText.render(renderer, sheet);
        assertThat(pdf.flat()).contains(polish).contains(german).contains(greek).contains(cyrillic);
        assertThat(pdf.result.warnings()).isEmpty();
    }

    @Test
    void decomposedAccentsAreComposedBeforePrinting() throws Exception {
        Sheet sheet = TestCatalog.typicalSheet().withPatient("Zo\u0065\u0301 Gon\u0301");
        PdfText pdf = PdfText.render(renderer, sheet);
        assertThat(pdf.flat()).contains("Zoé Gon\u0301".replace("n\u0301", "ń"));
        assertThat(pdf.result.warnings()).isEmpty();
    }

    @Test
    void spanishSheetUsesSpanishLabelsAndTranslatedExercises() throws Exception {
        Sheet sheet = TestCatalog.typicalSheet()
                .withLanguage("es")
                .withTitle(null)
                .withItems(List.of(SheetItem.of("knee-rolls"), SheetItem.of("bird-dog")));
        String text = PdfText.render(renderer, sheet).flat();
        assertThat(text)
                .contains("Su programa de ejercicios")
                .contains("21 de noviembre de 2026")
                .contains("Rodillas a los lados")
                .contains("Túmbate boca arriba con las rodillas dobladas.")
                .contains("5 veces")
                .contains("5 segundos")
                .contains("Página 1 de ")
                .contains("Evite esto")
                .contains("Consulta a un médico antes de empezar.");
    }

    @Test
    void aLanguageWithoutLabelsPrintsEnglishLabelsAndAnEnglishDate() throws Exception {
        String text = PdfText.render(renderer, TestCatalog.typicalSheet().withLanguage("pl"))
                .flat();
        assertThat(text).contains("21 November 2026").contains("Page 1 of").contains("Avoid these");
    }
}
