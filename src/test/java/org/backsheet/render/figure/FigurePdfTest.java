package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.TestPictures;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.RenderResult;
import org.backsheet.render.pdf.PdfCompliance;
import org.junit.jupiter.api.Test;

/** The figures in the PDF handout: vector form XObjects, photos as JPEG, bad photos never stop a handout. */
class FigurePdfTest {

    private final Catalog catalog = BuiltInFigures.catalog();
    private final HandoutRenderer renderer = new HandoutRenderer(catalog, "BackSheet test", new FigurePictures());

    /** Everything a document draws from: images and forms, forms looked into, each counted once. */
    private record Drawn(List<Image> images, List<PDFormXObject> forms) {}

    /** An image XObject as stored: its filter and its raw (still encoded) bytes. */
    private record Image(Object filter, byte[] raw) {}

    @Test
    void aSheetWithEveryExerciseDrawsItsFiguresAsVectorsWithNoImageAtAll() throws IOException {
        List<SheetItem> items =
                catalog.all().stream().map(e -> SheetItem.of(e.id())).toList();
        assertThat(items).hasSizeGreaterThanOrEqualTo(29);
        Sheet sheet = Sheet.empty().withTitle("All exercises").withItems(items);
        render(sheet);
        long start = System.nanoTime();
        byte[] pdf = render(sheet);
        System.out.printf(
                "all %d exercises with figures: %.1f KiB, rendered in %d ms%n",
                items.size(), pdf.length / 1024.0, (System.nanoTime() - start) / 1_000_000);
        assertThat(render(sheet)).as("the same sheet gives the same bytes").isEqualTo(pdf);
        Files.createDirectories(Path.of("target", "figures"));
        Files.write(Path.of("target", "figures", "all-exercises.pdf"), pdf);
        Drawn drawn = drawn(pdf);
        assertThat(drawn.images()).isEmpty();
        assertThat(drawn.forms()).hasSizeGreaterThanOrEqualTo(catalog.size());
    }

    @Test
    void aHandoutWithFiguresAndAPhotoStaysArchivalAndAccessible() throws IOException {
        List<SheetItem> items = new ArrayList<>(
                catalog.all().stream().limit(12).map(e -> SheetItem.of(e.id())).toList());
        items.set(
                1,
                items.get(1).withPhoto(new EmbeddedImage("image/jpeg", TestPictures.picture(400, 300, "jpeg", false))));
        byte[] pdf = render(Sheet.empty().withTitle("Figures").withItems(items));
        assertThat(PdfCompliance.archivalAndAccessible(pdf)).isEmpty();
    }

    @Test
    void aFigureThatAppearsTwiceIsStoredOnce() throws IOException {
        byte[] twice = render(Sheet.empty().withItems(List.of(SheetItem.of("bridging"), SheetItem.of("bridging"))));
        byte[] once = render(Sheet.empty().withItems(List.of(SheetItem.of("bridging"))));
        assertThat(drawn(twice).forms()).hasSameSizeAs(drawn(once).forms());
    }

    @Test
    void anItemsPhotoBecomesExactlyOneJpegImage() throws IOException {
        EmbeddedImage photo = new EmbeddedImage("image/png", TestPictures.picture(800, 600, "png", false));
        Sheet sheet = Sheet.empty()
                .withItems(List.of(SheetItem.of("bird-dog").withPhoto(photo), SheetItem.of("pelvic-tilt")));
        RenderResult[] result = new RenderResult[1];
        Drawn drawn = drawn(render(sheet, result));
        assertThat(result[0].warnings()).isEmpty();
        assertThat(drawn.images()).hasSize(1);
        assertThat(drawn.images().get(0).filter()).isEqualTo(COSName.DCT_DECODE);
    }

    @Test
    void anExercisesOwnJpegPhotoIsStoredWithoutRecompressing() throws IOException {
        byte[] jpeg = TestPictures.picture(640, 480, "jpeg", false);
        Exercise bird = catalog.find("bird-dog").orElseThrow();
        Exercise withPhoto =
                bird.toBuilder().photo(new EmbeddedImage("image/jpeg", jpeg)).build();
        Catalog own = new Catalog(List.of(withPhoto), Map.of("en", catalog.standardTexts("en")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HandoutRenderer(own, "test", new FigurePictures())
                .render(Sheet.empty().withItems(List.of(SheetItem.of("bird-dog"))), out);
        Drawn drawn = drawn(out.toByteArray());
        assertThat(drawn.images()).hasSize(1);
        assertThat(drawn.images().get(0).raw()).isEqualTo(jpeg);
    }

    @Test
    void aCorruptPhotoGivesAWarningAndTheDrawnFigure() throws IOException {
        EmbeddedImage broken = new EmbeddedImage("image/png", TestPictures.truncatedPng());
        Sheet sheet = Sheet.empty().withItems(List.of(SheetItem.of("bridging").withPhoto(broken)));
        RenderResult[] result = new RenderResult[1];
        Drawn drawn = drawn(render(sheet, result));
        assertThat(drawn.images()).isEmpty();
        assertThat(drawn.forms()).isNotEmpty();
        assertThat(result[0].warnings())
                .anySatisfy(w -> assertThat(w).contains("bridging").contains("photo"));
    }

    @Test
    void aPhotoDeclaringHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        EmbeddedImage bomb = new EmbeddedImage("image/png", TestPictures.bombPng(30_000, 30_000));
        Sheet sheet = Sheet.empty()
                .withItems(List.of(
                        SheetItem.of("bridging").withPhoto(bomb),
                        SheetItem.of("hip-lift").withPhoto(bomb)));
        RenderResult[] result = new RenderResult[1];
        Drawn drawn = drawn(render(sheet, result));
        assertThat(drawn.images()).isEmpty();
        assertThat(result[0].warnings()).anySatisfy(w -> assertThat(w).contains("30000 x 30000"));
    }

    @Test
    void aTenExerciseHandoutWithFiguresStaysSmall() throws IOException {
        List<SheetItem> items =
                catalog.all().stream().limit(10).map(e -> SheetItem.of(e.id())).toList();
        Sheet sheet = Sheet.empty()
                .withTitle("Ten exercises")
                .withPatient("A. Patient")
                .withItems(items);
        render(sheet);
        long start = System.nanoTime();
        byte[] pdf = render(sheet);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Path out = Path.of("target", "figures", "ten-exercises.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        System.out.printf(
                "ten-exercise handout with figures: %d bytes (%.1f KiB), rendered in %d ms%n",
                pdf.length, pdf.length / 1024.0, millis);
        // Outlined body shapes and the Start/Finish labels (glyph outlines) cost more than the old strokes did, and
        // the figures' own captions (longer words, also outlines) more again. The budget was raised from 140 to 150
        // KiB on purpose: at 140, captions that blind readers needed ("1. Knees to one side") had been cut to fit.
        assertThat(pdf.length).isLessThanOrEqualTo(150 * 1024);
    }

    private byte[] render(Sheet sheet) throws IOException {
        return render(sheet, new RenderResult[1]);
    }

    private byte[] render(Sheet sheet, RenderResult[] result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result[0] = renderer.render(sheet, out);
        return out.toByteArray();
    }

    private static Drawn drawn(byte[] pdf) throws IOException {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Image> images = new ArrayList<>();
        List<PDFormXObject> forms = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                walk(page.getResources(), seen, images, forms);
            }
        }
        return new Drawn(images, forms);
    }

    private static void walk(
            PDResources resources, Map<Object, Boolean> seen, List<Image> images, List<PDFormXObject> forms)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (seen.put(x.getCOSObject(), true) != null) {
                continue;
            }
            if (x instanceof PDImageXObject image) {
                try (var in = image.getCOSObject().createRawInputStream()) {
                    images.add(new Image(image.getCOSObject().getItem(COSName.FILTER), in.readAllBytes()));
                }
            } else if (x instanceof PDFormXObject form) {
                forms.add(form);
                walk(form.getResources(), seen, images, forms);
            }
        }
    }
}
