package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.backsheet.app.Version;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Dose;
import org.backsheet.model.Exercise;
import org.backsheet.model.Layout;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the look of the handout: for each sample sheet and a few edge sheets, the layout (page count and every
 * block's page and position, a small text file) and the first and last page as images (compared with a small
 * tolerance), against the files in {@code src/test/resources/golden/}; and the shipped {@code samples/*.pdf}
 * against a fresh export, byte for byte.
 *
 * <p>A change that alters the handout on purpose updates all of them in the same commit, with:
 * <pre>
 * mvn -B -o test -Dtest=HandoutGoldenTest -Dgolden.update=true
 * </pre>
 * Then look at the diff of the {@code .layout.txt} files and the new page images before committing.
 */
class HandoutGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path SAMPLES = Path.of("samples");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final float DPI = 30;
    /** Average difference per pixel (0-255) allowed: anti-aliasing may differ a little between machines. */
    private static final double MEAN_TOLERANCE = 1.5;

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(CATALOG, "BackSheet " + Version.get(), new FigurePictures());

    /** A named sheet whose look is held. */
    record Case(String name, Sheet sheet) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (Path file : sampleSheets()) {
            cases.add(new Case(sampleName(file), SheetFiles.read(file)));
        }
        Sheet daily = SheetFiles.read(SAMPLES.resolve("basic-daily-routine.backsheet.json"));
        cases.add(new Case(
                "edge-one-exercise",
                Sheet.empty().withTitle("One exercise").withItems(List.of(SheetItem.of("bridging")))));
        List<SheetItem> all = new ArrayList<>();
        for (Exercise e : CATALOG.all()) {
            all.add(SheetItem.of(e.id()));
        }
        cases.add(new Case("edge-all-exercises", daily.withItems(all)));
        cases.add(new Case("edge-compact", daily.withLayout(Layout.COMPACT)));
        cases.add(new Case(
                "edge-compact-no-advice", daily.withLayout(Layout.COMPACT).withAdvice(List.of())));
        List<SheetItem> linked = new ArrayList<>(daily.items());
        linked.set(0, linked.get(0).withLink("https://example.org/videos/ankle-pumps"));
        linked.set(5, linked.get(5).withLink("https://example.org/videos/wall-slide?lang=es"));
        cases.add(new Case(
                "edge-compact-links-spanish-letter",
                daily.withLayout(Layout.COMPACT)
                        .withLanguage("es")
                        .withAdvice(null)
                        .withPage(daily.page().withSize(PageSize.LETTER))
                        .withItems(linked)));
        // the compact sheet's closer form: Spanish on Letter was some 35 pt too long for one page
        cases.add(new Case(
                "edge-compact-spanish-letter-no-advice",
                daily.withLayout(Layout.COMPACT)
                        .withLanguage("es")
                        .withAdvice(List.of())
                        .withPage(daily.page().withSize(PageSize.LETTER))));
        cases.add(new Case(
                "edge-spanish",
                SheetFiles.read(SAMPLES.resolve("seven-back-exercises.backsheet.json"))
                        .withLanguage("es")
                        .withAdvice(null)));
        List<SheetItem> tracked = new ArrayList<>(daily.items().subList(0, 4));
        tracked.add(SheetItem.of("bird-dog").withDose(Dose.EMPTY.withTimesPerDay(3)));
        tracked.add(SheetItem.of("bird-dog").withNote("Slower this time."));
        cases.add(new Case(
                "edge-tracking-chart",
                daily.withItems(tracked)
                        .withTrackingDays(14)
                        .withGroupByPosition(true)
                        .withSignatureLine(true)));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void layoutAndPagesMatchTheGoldens(Case c) throws IOException {
        String layout = RENDERER.layoutSnapshot(c.sheet());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        RENDERER.render(c.sheet(), pdf);
        List<BufferedImage> pages = pageImages(pdf.toByteArray());
        Path layoutFile = GOLDEN.resolve(c.name() + ".layout.txt");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(layoutFile, layout, StandardCharsets.UTF_8);
        }
        assertThat(layout)
                .as("layout of %s (update: see the javadoc)", c.name())
                .isEqualTo(Files.readString(layoutFile, StandardCharsets.UTF_8));
        for (int i : List.of(0, pages.size() - 1)) {
            Path image = GOLDEN.resolve(c.name() + "-page" + (i == 0 ? "first" : "last") + ".png");
            if (UPDATE) {
                ImageIO.write(pages.get(i), "png", image.toFile());
            }
            assertThat(meanDifference(pages.get(i), ImageIO.read(image.toFile())))
                    .as("page %d of %s against %s", i + 1, c.name(), image)
                    .isLessThanOrEqualTo(MEAN_TOLERANCE);
        }
    }

    @Test
    void samplePdfsMatchAFreshExport() throws Exception {
        List<Path> sheets = sampleSheets();
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            ByteArrayOutputStream fresh = new ByteArrayOutputStream();
            RENDERER.render(SheetFiles.read(sheet), fresh);
            Path pdf = SAMPLES.resolve(sampleName(sheet) + ".pdf");
            if (UPDATE) {
                Files.write(pdf, fresh.toByteArray());
            }
            assertThat(Files.readAllBytes(pdf))
                    .as("%s is stale: re-export it (see the javadoc)", pdf)
                    .isEqualTo(fresh.toByteArray());
        }
    }

    private static List<BufferedImage> pageImages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
            }
            return pages;
        }
    }

    /** Mean absolute grey difference; a different size counts as completely different. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return 255;
        }
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                sum += Math.abs((a.getRGB(x, y) & 0xFF) - (b.getRGB(x, y) & 0xFF));
            }
        }
        return (double) sum / (a.getWidth() * a.getHeight());
    }

    private static List<Path> sampleSheets() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SheetFiles.EXTENSION))
                    .sorted()
                    .toList();
        }
    }

    private static String sampleName(Path sheet) {
        String name = sheet.getFileName().toString();
        return name.substring(0, name.length() - SheetFiles.EXTENSION.length());
    }
}
