package org.backsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** The veraPDF helper itself: an ordinary untagged PDF must fail both profiles, naming the clauses. */
class PdfComplianceTest {

    @Test
    void plainPdfBreaksBothStandards() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(10, 10, 100, 100);
                cs.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        List<PdfCompliance.FailedRule> pdfA = PdfCompliance.pdfA2b(pdf);
        List<PdfCompliance.FailedRule> pdfUa = PdfCompliance.pdfUa1(pdf);

        // No XMP metadata stream (clause 6.6.2.1).
        assertThat(pdfA).extracting(PdfCompliance.FailedRule::clause).contains("6.6.2.1");
        // Not marked as tagged (6.2), untagged content and no title (7.1).
        assertThat(pdfUa).extracting(PdfCompliance.FailedRule::clause).contains("7.1", "6.2");
        assertThat(pdfUa).allSatisfy(rule -> assertThat(rule.description()).isNotBlank());
    }
}
