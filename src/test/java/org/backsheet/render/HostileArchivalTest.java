package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Clinic;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.backsheet.render.pdf.PdfCompliance;
import org.junit.jupiter.api.Test;

/**
 * The two hostile inputs that made handouts fail PDF/A-2b in the adversarial run (issue #15, item 10): a CMYK
 * JPEG logo or photo (device CMYK without an output intent for it) and a text over 32,767 bytes in one string.
 */
class HostileArchivalTest {

    private static byte[] render(Sheet sheet) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new HandoutRenderer(BuiltInCatalog.load(), "BackSheet test", new FigurePictures()).render(sheet, pdf);
        return pdf.toByteArray();
    }

    /** A small CMYK JPEG, as print artwork for a clinic logo often is. */
    static byte[] cmykJpeg(int width, int height) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {200, 20, 10 + x % 50, 0});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    @Test
    void aCmykLogoAndPhotoStillGiveAnArchivalHandout() throws IOException {
        EmbeddedImage cmyk = new EmbeddedImage("image/jpeg", cmykJpeg(120, 60));
        Sheet sheet = Sheet.empty()
                .withClinic(Clinic.builder()
                        .name("Riverside Physio")
                        .contact("Tel 555-0100")
                        .logo(cmyk)
                        .build())
                .withItems(List.of(SheetItem.of("pelvic-tilt").withPhoto(cmyk)));

        byte[] pdf = render(sheet);

        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("/DeviceCMYK");
        assertThat(PdfCompliance.pdfA2b(pdf)).isEmpty();
    }

    @Test
    void aTextLongerThanOnePdfStringStillGivesAnArchivalHandout() throws IOException {
        // One "word" of 20,000 letters: 40,000 bytes in the embedded font, beyond PDF/A's 32,767 per string.
        Sheet sheet =
                Sheet.empty().withItems(List.of(SheetItem.of("pelvic-tilt").withNote("a".repeat(20_000))));

        assertThat(PdfCompliance.pdfA2b(render(sheet))).isEmpty();
    }

    @Test
    void titleAndClinicLongerThanOnePdfStringStillGiveAnArchivalHandout() throws IOException {
        // 17,250 characters each: over 32,767 bytes as UTF-16 in the document information and the XMP.
        String big = "Long words without end ".repeat(750);
        Sheet sheet = Sheet.empty()
                .withTitle(big)
                .withClinic(Clinic.builder().name(big).contact(big).build());

        assertThat(PdfCompliance.pdfA2b(render(sheet))).isEmpty();
    }

    @Test
    void longTextIsCutIntoPiecesOutsideSurrogatePairs() {
        String text = "x".repeat(PageCanvas.MAX_PIECE_CHARS - 1) + "\uD83D\uDE00" + "y";
        int end = PageCanvas.pieceEnd(text, 0);
        assertThat(end).isEqualTo(PageCanvas.MAX_PIECE_CHARS - 1);
        assertThat(PageCanvas.pieceEnd("short", 0)).isEqualTo(5);
    }
}
