package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;

/** A link on an item or an exercise prints as a QR code beside the exercise that a real decoder reads back. */
class LinkQrCodeTest {

    private static final String ITEM_LINK = "https://example.org/videos/pelvic-tilt?lang=en&t=12";
    private static final String EXERCISE_LINK = "https://example.org/videos/bird-dog";

    private final Catalog catalog = new Catalog(
            TestCatalog.EXERCISES.stream().map(LinkQrCodeTest::withLink).toList(),
            Map.of("en", TestCatalog.EN, "es", TestCatalog.ES));
    private final HandoutRenderer renderer = new HandoutRenderer(catalog, "BackSheet test", new FigurePictures());

    @Test
    void theItemsLinkAndTheExercisesLinkDecodeFromThePrintedPage() throws IOException {
        Sheet sheet = Sheet.builder()
                .title("Links")
                .item(SheetItem.of("pelvic-tilt").withLink(ITEM_LINK), SheetItem.of("bird-dog"))
                .build();
        byte[] pdf = render(sheet);
        assertThat(decodedOnEveryPage(pdf)).containsExactlyInAnyOrder(ITEM_LINK, EXERCISE_LINK);
        assertThat(text(pdf)).contains("Scan to watch");
    }

    @Test
    void theCompactSheetPrintsTheCodesTooAndTheyDecode() throws IOException {
        Sheet sheet = Sheet.builder()
                .title("Links")
                .item(SheetItem.of("pelvic-tilt").withLink(ITEM_LINK), SheetItem.of("bird-dog"))
                .build()
                .withLayout(Layout.COMPACT);
        byte[] pdf = render(sheet);
        assertThat(decodedOnEveryPage(pdf)).containsExactlyInAnyOrder(ITEM_LINK, EXERCISE_LINK);
        assertThat(text(pdf)).contains("Scan to watch");
    }

    @Test
    void theItemsLinkWinsOverTheExercises() throws IOException {
        String own = "https://example.org/our-clinic/bridge";
        Sheet sheet =
                Sheet.builder().item(SheetItem.of("bridging").withLink(own)).build();
        assertThat(decodedOnEveryPage(render(sheet))).containsExactly(own);
    }

    @Test
    void noLinkNoCode() throws IOException {
        Sheet sheet = Sheet.builder().item(SheetItem.of("pelvic-tilt")).build();
        byte[] pdf = render(sheet);
        assertThat(decodedOnEveryPage(pdf)).isEmpty();
        assertThat(text(pdf)).doesNotContain("Scan to watch");
    }

    @Test
    void theCaptionIsInTheSheetsLanguage() throws IOException {
        Sheet sheet = Sheet.builder()
                .options(o -> o.withLanguage("es"))
                .item(SheetItem.of("pelvic-tilt").withLink(ITEM_LINK))
                .build();
        assertThat(text(render(sheet))).contains("Escanee para verlo");
    }

    private byte[] render(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(sheet, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return PdfText.flat(new PDFTextStripper().getText(document));
        }
    }

    private static List<String> decodedOnEveryPage(byte[] pdf) throws IOException {
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            all.addAll(QrDecoder.decodePage(pdf, i));
        }
        return all;
    }

    /** Bird dog and bridge have links of their own in this catalog. */
    private static Exercise withLink(Exercise e) {
        return switch (e.id()) {
            case "bird-dog" -> e.toBuilder().link(EXERCISE_LINK).build();
            case "bridging" -> e.toBuilder()
                    .link("https://example.org/videos/bridge")
                    .build();
            default -> e;
        };
    }
}
