package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backsheet.app.Version;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.FileFormatException;
import org.backsheet.io.SheetFiles;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.pdf.FormTemplates;
import org.junit.jupiter.api.Test;

/**
 * Figures drawn for one handout are copied into the next instead of drawn again, and that changes no byte: a
 * handout made with copied figures equals the one made with freshly drawn ones, and the committed samples.
 */
class SharedFiguresTest {

    /** What the command line names as the producer of the committed samples. */
    private static final String PRODUCER = "BackSheet " + Version.get();

    @Test
    void copiedFiguresGiveTheSameBytesAsDrawnOnes() throws Exception {
        Catalog catalog = BuiltInCatalog.load();
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".backsheet.json"))
                    .sorted()
                    .toList();
        }
        assertThat(samples).isNotEmpty();
        FormTemplates<Object> drawn = new FormTemplates<>();
        HandoutRenderer renderer = new HandoutRenderer(catalog, PRODUCER, new FigurePictures(drawn));
        for (Path sample : samples) {
            byte[] first = render(renderer, sample);
            byte[] second = render(renderer, sample);
            byte[] fresh =
                    render(new HandoutRenderer(catalog, PRODUCER, new FigurePictures(new FormTemplates<>())), sample);
            Path committed = Path.of(sample.toString().replace(".backsheet.json", ".pdf"));

            assertThat(second)
                    .as("%s with copied figures", sample)
                    .isEqualTo(first)
                    .isEqualTo(fresh)
                    .isEqualTo(Files.readAllBytes(committed));
        }
        assertThat(drawn.size()).as("figures kept").isPositive();
    }

    private static byte[] render(HandoutRenderer renderer, Path sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(SheetFiles.read(sheet), out);
        } catch (FileFormatException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }
}
