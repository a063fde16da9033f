package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Sheet;
import org.backsheet.model.WarningSigns;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;

/**
 * The safety box as a long-sighted patient reader met it on the basic sample: "three crowded columns of small
 * print, the lower half on grey" - they would have skipped it. Now: no grey behind the warning text, at most two
 * columns, the emergency signs in bold, and a footer that says on which page the box is.
 */
class SafetyBoxLookTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(CATALOG, "BackSheet test", new FigurePictures());

    private static byte[] basicSample() throws Exception {
        Sheet sheet = SheetFiles.read(Path.of("samples/basic-daily-routine.backsheet.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(sheet, out);
        return out.toByteArray();
    }

    /** The box ends above the general part under it; an exercise's dose band further down page 1 may be grey. */
    @Test
    void noGreyFillBehindTheWarningSigns() throws Exception {
        byte[] pdf = basicSample();
        String general = CATALOG.standardTexts("en").disclaimer();
        float boxBottom = glyphOf(glyphs(pdf, 1), general).getYDirAdj();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 36, ImageType.RGB);
            int fill = Typography.FILL.getRGB() & 0xFFFFFF;
            int filled = 0;
            for (int y = 0; y < Math.min(page.getHeight(), boxBottom / 2); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    filled += (page.getRGB(x, y) & 0xFFFFFF) == fill ? 1 : 0;
                }
            }
            assertThat(boxBottom).as("the general part under the box").isGreaterThan(300);
            assertThat(filled)
                    .as("pixels in the grey fill colour in the safety box")
                    .isLessThan(50);
        }
    }

    @Test
    void signsInAtMostTwoColumnsAndTheEmergencyOnesInBold() throws Exception {
        List<TextPosition> glyphs = glyphs(basicSample(), 1);
        Map<Integer, Integer> bulletsPerLine = new HashMap<>();
        for (TextPosition g : glyphs) {
            if (g.getUnicode().equals("•")) {
                bulletsPerLine.merge(Math.round(g.getYDirAdj()), 1, Integer::sum);
            }
        }
        assertThat(bulletsPerLine.values()).isNotEmpty().allMatch(n -> n <= 2);

        WarningSigns signs = CATALOG.standardTexts("en").warningSigns();
        String urgent = signs.tiers().get(0).signs().get(0);
        String soon = signs.tiers().get(1).signs().get(0);
        assertThat(fontOf(glyphs, urgent)).contains("Bold");
        assertThat(fontOf(glyphs, soon)).doesNotContain("Bold");
    }

    @Test
    void everyFooterSaysTheSafetyBoxIsOnPageOne() throws Exception {
        byte[] pdf = basicSample();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(PdfText.flat(stripper.getText(doc))).contains("see “Your safety” on page 1");
            }
        }
    }

    /** The font of the first glyph of {@code words} as printed on the page. */
    private static String fontOf(List<TextPosition> glyphs, String words) {
        return glyphOf(glyphs, words).getFont().getName();
    }

    /** The first glyph of {@code words} as printed on the page. */
    private static TextPosition glyphOf(List<TextPosition> glyphs, String words) {
        StringBuilder text = new StringBuilder();
        List<TextPosition> at = new ArrayList<>();
        for (TextPosition g : glyphs) {
            if (!g.getUnicode().isBlank()) {
                text.append(g.getUnicode());
                at.add(g);
            }
        }
        int i = text.indexOf(words.replace(" ", "").substring(0, 12));
        assertThat(i).as("printed: %s", words).isNotNegative();
        return at.get(i);
    }

    private static List<TextPosition> glyphs(byte[] pdf, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    super.processTextPosition(t);
                    glyphs.add(t);
                }
            };
            stripper.setSortByPosition(false);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
        }
        return glyphs;
    }
}
