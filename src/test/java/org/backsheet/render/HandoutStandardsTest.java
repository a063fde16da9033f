package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.backsheet.model.Clinic;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.pdf.PdfCompliance;
import org.junit.jupiter.api.Test;

/**
 * Every handout is archival (PDF/A-2b) and accessible (PDF/UA-1): veraPDF finds no failed rule on three
 * representative handouts (ten exercises, large print, Spanish with names from several alphabets).
 */
class HandoutStandardsTest {

    private static final HandoutRenderer RENDERER = new HandoutRenderer(TestCatalog.catalog(), "BackSheet test");

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
                .withClinic(new Clinic("Clínica Ñandú", "Тел. 555-0100 · ñandú.example", null))
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
