package org.backsheet.render;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes sample handouts to target/handouts for looking at them (pdf-to-png); asserts only that they render. */
class LookTest {

    @Test
    void writesSamples() throws Exception {
        HandoutRenderer renderer = new HandoutRenderer(TestCatalog.catalog(), "BackSheet test");
        Path dir = Path.of("target/handouts");
        Files.createDirectories(dir);
        write(renderer, TestCatalog.typicalSheet(), dir.resolve("typical.pdf"));
        write(renderer, TestCatalog.sheetWithItems(10).withPage(
                TestCatalog.typicalSheet().page().withLargePrint(true)), dir.resolve("large.pdf"));
    }

    private static void write(HandoutRenderer renderer, org.backsheet.model.Sheet sheet, Path file)
            throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            System.out.println(file + ": " + renderer.render(sheet, out));
        }
    }
}
