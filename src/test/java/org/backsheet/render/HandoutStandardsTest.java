package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Clinic;
import org.backsheet.model.Exercise;
import org.backsheet.model.Layout;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.backsheet.render.pdf.PdfCompliance;
import org.backsheet.render.pdf.TagReader;
import org.junit.jupiter.api.Test;

/**
 * Every handout is archival (PDF/A-2b) and accessible (PDF/UA-1): veraPDF finds no failed rule on representative
 * handouts (ten exercises, large print, Spanish with names from several alphabets, the shipped library's drawn
 * figures with two photos).
 */
class HandoutStandardsTest {

    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(TestCatalog.catalog(), "BackSheet test", new FigurePictures());
    private static final Catalog BUILT_IN = BuiltInCatalog.load();
    private static final int FIGURES = 8;

    static Sheet tenExercises() {
        return TestCatalog.sheetWithItems(10);
    }

    static Sheet largePrint() {
        Sheet sheet = TestCatalog.sheetWithItems(10);
        return sheet.withPage(sheet.page().withLargePrint(true));
    }

    static Sheet spanishUnicode() {
        return Sheet.empty()
                .withLanguage("es")
                .withTitle("Programa para la espalda de Zoë")
                .withPatient("Zoë Łukasiewicz-Núñez")
                .withClinician("Δρ. Ελένη Παπαδοπούλου")
                .withClinic(Clinic.builder()
                        .name("Clínica Ñandú")
                        .contact("Тел. 555-0100 · ñandú.example")
                        .build())
                .withDate(LocalDate.of(2026, 11, 21))
                .withAdvice(List.of("Calienta 5 minutos — despacio.", "Para si el dolor es agudo."))
                .withItems(List.of(
                        SheetItem.of("knee-rolls").withNote("Respira con calma; ¡sin prisa!"),
                        SheetItem.of("pelvic-tilt"),
                        SheetItem.of("bridging").withNote("Держите спину ровно.")));
    }

    @Test
    void tenExercisesPassBothStandards() throws IOException {
        assertThat(PdfCompliance.archivalAndAccessible(render(tenExercises()))).isEmpty();
    }

    /** The compact sheet's closer form: a name (a heading) and its dose (a paragraph) share a line. */
    @Test
    void compactSpanishOnLetterPassesBothStandards() throws Exception {
        Sheet daily = SheetFiles.read(Path.of("samples/basic-daily-routine.backsheet.json"));
        Sheet sheet = daily.withLayout(Layout.COMPACT)
                .withLanguage("es")
                .withAdvice(List.of())
                .withPage(daily.page().withSize(PageSize.LETTER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HandoutRenderer(BUILT_IN, "BackSheet test", new FigurePictures()).render(sheet, out);
        byte[] pdf = out.toByteArray();
        assertThat(PdfCompliance.archivalAndAccessible(pdf)).isEmpty();
    }

    @Test
    void largePrintPassesBothStandards() throws IOException {
        assertThat(PdfCompliance.archivalAndAccessible(render(largePrint()))).isEmpty();
    }

    @Test
    void spanishWithManyAlphabetsPassesBothStandards() throws IOException {
        byte[] pdf = render(spanishUnicode());
        assertThat(PdfCompliance.archivalAndAccessible(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("es");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Programa para la espalda de Zoë");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Clínica Ñandú");
        }
    }

    /**
     * Eight exercises of the shipped library with their drawn figures, two of them with the clinic's photos (all
     * 29 would take veraPDF close to a minute).
     */
    static Sheet builtInFiguresAndPhotos() {
        List<SheetItem> items = new ArrayList<>();
        for (Exercise exercise : BUILT_IN.all().subList(0, FIGURES)) {
            items.add(SheetItem.of(exercise.id()));
        }
        items.set(0, items.get(0).withPhoto(TestImages.jpeg(320, 200)));
        items.set(1, items.get(1).withPhoto(TestImages.png(320, 200)));
        return TestCatalog.typicalSheet().withItems(items);
    }

    @Test
    void drawnFiguresAndPhotosPassBothStandards() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult result = new HandoutRenderer(BUILT_IN, "BackSheet test", new FigurePictures())
                .render(builtInFiguresAndPhotos(), out);
        assertThat(result.warnings()).isEmpty();
        byte[] pdf = out.toByteArray();
        assertThat(PdfCompliance.archivalAndAccessible(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TagReader.Tagged> figures = TagReader.read(doc).stream()
                    .filter(t -> t.type().equals("Figure"))
                    .toList();
            assertThat(figures).hasSize(FIGURES);
            assertThat(figures).allSatisfy(f -> assertThat(f.alt()).isNotBlank());
            assertThat(figures.get(0).alt()).startsWith(BUILT_IN.all().get(0).name());
        }
    }

    @Test
    void sameSheetGivesTheSameBytes() throws IOException {
        assertThat(render(spanishUnicode())).isEqualTo(render(spanishUnicode()));
    }

    static byte[] render(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(sheet, out);
        return out.toByteArray();
    }
}
