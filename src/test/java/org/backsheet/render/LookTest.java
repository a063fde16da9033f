package org.backsheet.render;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backsheet.model.Layout;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;

/** Writes sample handouts to target/handouts for looking at them (pdf-to-png); asserts only that they render. */
class LookTest {

    @Test
    void writesSamples() throws Exception {
        HandoutRenderer renderer = new HandoutRenderer(TestCatalog.catalog(), "BackSheet test", new FigurePictures());
        Path dir = Path.of("target/handouts");
        Files.createDirectories(dir);
        Sheet typical = TestCatalog.typicalSheet();
        write(renderer, typical, dir.resolve("typical.pdf"));
        write(
                renderer,
                TestCatalog.sheetWithItems(10).withPage(typical.page().withLargePrint(true)),
                dir.resolve("large.pdf"));
        Sheet extras = TestCatalog.sheetWithItems(7)
                .withGroupByPosition(true)
                .withSignatureLine(true)
                .withTrackingDays(14)
                .withClinic(typical.clinic().withLogo(TestImages.png(240, 120)))
                .withPage(typical.page().withSize(PageSize.LETTER));
        write(renderer, extras, dir.resolve("extras.pdf"));
        write(
                renderer,
                TestCatalog.sheetWithItems(12).withLayout(Layout.COMPACT).withTrackingDays(28),
                dir.resolve("compact.pdf"));
    }

    private static void write(HandoutRenderer renderer, Sheet sheet, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            System.out.println(file + ": " + renderer.render(sheet, out));
        }
    }
}
