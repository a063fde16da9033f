package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backsheet.catalog.Catalog;
import org.backsheet.image.PictureBudget;
import org.backsheet.image.Pictures;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Clinic;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;

/**
 * Pictures come inside sheet files from anywhere. A small file that declares a huge picture (a "decompression
 * bomb") or a damaged one must not exhaust memory or stop the handout: it is left out with a warning.
 */
class UntrustedPicturesTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();

    @Test
    void aLogoDeclaringMorePixelsThanAHandoutNeedsIsDecodedSmall() throws Exception {
        // 5,000 x 4,801 black pixels: well under 1 MB as PNG, 72 MB if decoded whole. Before the fix such a logo
        // was decoded and embedded at full size (9,000 x 9,000 took 42 s); now pixels are skipped while decoding.
        EmbeddedImage big = DeclaredSizePng.black(5_000, 4_801);
        assertThat(big.size()).isLessThan(1_000_000);

        Rendered handout = render(sheetWithLogo(big));

        assertThat(handout.imageCount).isEqualTo(1);
        assertThat(handout.widestImage).isLessThanOrEqualTo(Pictures.LONG_SIDE);
    }

    @Test
    void aLogoDeclaringMoreThanTheLimitIsRefused() throws Exception {
        Rendered handout = render(sheetWithLogo(DeclaredSizePng.black(12_001, 2)));

        assertThat(handout.result.warnings())
                .anySatisfy(w -> assertThat(w).contains("logo").contains("12001 x 2"));
        assertThat(handout.imageCount).isZero();
    }

    @Test
    void manyHugePhotosStopAtTheHandoutsPictureBudget() throws Exception {
        // The adversarial run's sheet: many small PNGs each declaring about 7,071 x 7,071 pixels (within the
        // per-picture limit) took 598 s and 3.3 GB for 500 items. Past the handout's budget they are left out.
        List<SheetItem> items = new ArrayList<>();
        String[] ids = {"pelvic-tilt", "bird-dog", "bridging", "cat-camel"};
        for (int i = 0; i < 6; i++) {
            items.add(SheetItem.of(ids[i % ids.length]).withPhoto(DeclaredSizePng.blackOneBit(7_071 - i, 7_071)));
        }

        Rendered handout = render(Sheet.empty().withItems(items));

        long budgetPictures = PictureBudget.MAX_PIXELS_PER_HANDOUT / (7_060L * 7_071);
        assertThat(budgetPictures).isLessThan(6);
        assertThat(handout.result.warnings())
                .hasSizeGreaterThanOrEqualTo((int) (6 - budgetPictures))
                .anySatisfy(w -> assertThat(w).contains("too large"));
    }

    @Test
    void aDamagedLogoIsLeftOutWithAWarning() throws Exception {
        byte[] png = DeclaredSizePng.black(40, 40).data();
        EmbeddedImage cut = new EmbeddedImage("image/png", Arrays.copyOf(png, png.length / 2));

        Rendered handout = render(sheetWithLogo(cut));

        assertThat(handout.result.warnings()).anySatisfy(w -> assertThat(w).contains("logo"));
        assertThat(handout.result.pageCount()).isPositive();
    }

    @Test
    void aReasonableLogoIsStillPrinted() throws Exception {
        Rendered handout = render(sheetWithLogo(DeclaredSizePng.black(600, 200)));

        assertThat(handout.result.warnings()).noneSatisfy(w -> assertThat(w).contains("logo"));
        assertThat(handout.imageCount).isEqualTo(1);
    }

    @Test
    void anExercisePhotoDeclaringAHugeSizeIsLeftOut() throws Exception {
        EmbeddedImage bomb = DeclaredSizePng.black(20_000, 2);
        Sheet sheet = Sheet.empty().withItems(List.of(SheetItem.of("bird-dog").withPhoto(bomb)));

        Rendered handout = render(sheet);

        assertThat(handout.result.pageCount()).isPositive();
        assertThat(handout.result.warnings()).isNotEmpty();
    }

    private static Sheet sheetWithLogo(EmbeddedImage logo) {
        return Sheet.empty()
                .withClinic(Clinic.builder()
                        .name("Riverside Physio")
                        .contact("Tel 555-0100")
                        .logo(logo)
                        .build())
                .withItems(List.of(SheetItem.of("pelvic-tilt")));
    }

    private record Rendered(RenderResult result, int imageCount, int widestImage) {}

    private static Rendered render(Sheet sheet) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        RenderResult result = new HandoutRenderer(CATALOG, "test", new FigurePictures()).render(sheet, pdf);
        int images = 0;
        int widest = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDPage first = document.getPage(0);
            PDResources resources = first.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images++;
                    widest = Math.max(widest, ((PDImageXObject) resources.getXObject(name)).getWidth());
                }
            }
        }
        return new Rendered(result, images, widest);
    }
}
