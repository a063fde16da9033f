package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The vector QR code reads back as the link with a real decoder, at 15 mm or more, with no image in the PDF. */
class QrCodeTest {

    @ParameterizedTest
    @ValueSource(ints = {30, 120, 400, 2000})
    void aDrawnCodeDecodesToTheLink(int length) throws IOException {
        String link = link(length);
        QrCode code = QrCode.of(link, QrCode.MIN_SIZE);
        byte[] pdf = pageWith(code);
        assertThat(QrDecoder.decodePage(pdf, 0)).containsExactly(link);
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 2000})
    void theCodeIsAtLeast15MillimetresAndItsModulesLargeEnoughToScan(int length) {
        QrCode code = QrCode.of(link(length), QrCode.MIN_SIZE);
        assertThat(code.size() / QrCode.MM).isGreaterThanOrEqualTo(15f - 0.01f);
        assertThat(code.size() / code.modules() / QrCode.MM).isGreaterThanOrEqualTo(0.5f - 0.001f);
        assertThat(code.outerSize()).isGreaterThan(code.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {30})
    void theCodeIsVectorNotAnImage(int length) throws IOException {
        byte[] pdf = pageWith(QrCode.of(link(length), QrCode.MIN_SIZE));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    /** An https address of exactly {@code length} characters. */
    static String link(int length) {
        StringBuilder b = new StringBuilder("https://example.org/videos/pelvic-tilt?clip=");
        for (int i = 0; b.length() < length; i++) {
            b.append((char) ('a' + i % 26));
        }
        return b.substring(0, length);
    }

    private static byte[] pageWith(QrCode code) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream contents = new PDPageContentStream(document, page)) {
                code.fill(contents, 72, PDRectangle.A4.getHeight() - 72);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static List<String> decoded(byte[] pdf) throws IOException {
        return QrDecoder.decodePage(pdf, 0);
    }
}
