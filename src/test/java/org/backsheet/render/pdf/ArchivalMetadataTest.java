package org.backsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/** The document information and the XMP packet say the same thing, and the packet declares PDF/A-2b and PDF/UA-1. */
class ArchivalMetadataTest {

    private static final DocumentFacts FACTS = new DocumentFacts(
            "Rücken & <Übungen>",
            "Dr. Ø. Ünal",
            "Exercises for your lower back",
            "de",
            LocalDate.of(2026, 2, 28),
            "BackSheet 1.0.0");

    @Test
    void infoAndXmpCarryTheSameValues() throws Exception {
        try (PDDocument doc = Loader.loadPDF(write(FACTS))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            XMPMetadata xmp = new DomXmpParser()
                    .parse(doc.getDocumentCatalog().getMetadata().toByteArray());

            assertThat(info.getTitle())
                    .isEqualTo("Rücken & <Übungen>")
                    .isEqualTo(xmp.getDublinCoreSchema().getTitle());
            assertThat(info.getAuthor())
                    .isEqualTo("Dr. Ø. Ünal")
                    .isEqualTo(xmp.getDublinCoreSchema().getCreators().get(0));
            assertThat(info.getSubject()).isEqualTo(xmp.getDublinCoreSchema().getDescription());
            assertThat(info.getProducer())
                    .isEqualTo("BackSheet 1.0.0")
                    .isEqualTo(xmp.getAdobePDFSchema().getProducer());
            assertThat(info.getCreator()).isEqualTo(xmp.getXMPBasicSchema().getCreatorTool());
            assertThat(info.getCreationDate().getTimeInMillis())
                    .isEqualTo(xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis())
                    .isEqualTo(Instant.parse("2026-02-28T00:00:00Z").toEpochMilli());
            assertThat(info.getModificationDate().getTimeInMillis())
                    .isEqualTo(xmp.getXMPBasicSchema().getModifyDate().getTimeInMillis());

            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            XMPSchema ua = xmp.getSchema(ArchivalMetadata.PDFUA_NAMESPACE);
            assertThat(ua.getIntegerPropertyValue("part")).isEqualTo(1);
            assertThat(xmp.getPDFExtensionSchema())
                    .as("pdfuaid declared as an extension schema")
                    .isNotNull();
        }
    }

    @Test
    void withoutADateThereAreNoDatesAtAll() throws Exception {
        DocumentFacts undated = new DocumentFacts("Handout", null, null, "en", null, null);
        try (PDDocument doc = Loader.loadPDF(write(undated))) {
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
            XMPMetadata xmp = new DomXmpParser()
                    .parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getXMPBasicSchema().getCreateDate()).isNull();
            assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("BackSheet");
        }
    }

    private static byte[] write(DocumentFacts facts) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ArchivalMetadata.apply(doc, facts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
