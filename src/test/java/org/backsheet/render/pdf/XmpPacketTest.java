package org.backsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

class XmpPacketTest {

    @Test
    void markupAndCharactersXmlCannotHoldAreSafe() {
        assertThat(XmpPacket.escape("Tom & Jerry <PT> \u0001 \ud83d x")).isEqualTo("Tom &amp; Jerry &lt;PT&gt;   x");
        assertThat(XmpPacket.escape("Zofia Wójcik 😀 Ωμέγα")).isEqualTo("Zofia Wójcik 😀 Ωμέγα");
    }

    @Test
    void packetParsesBackWithTheSameValues() throws Exception {
        DocumentFacts facts = new DocumentFacts(
                "Back & hips <1>",
                "Clinic \"Ω\"",
                "For Zofia Wójcik",
                "es",
                LocalDate.of(2026, 11, 21),
                "BackSheet 1.0.0");
        byte[] packet = XmpPacket.of(facts, facts.date());

        XMPMetadata xmp = new DomXmpParser().parse(new ByteArrayInputStream(packet));

        assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Back & hips <1>");
        assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Clinic \"Ω\"");
        assertThat(xmp.getDublinCoreSchema().getLanguages()).containsExactly("es");
        assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo("BackSheet 1.0.0");
        assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
        assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant().toString())
                .isEqualTo("2026-11-21T00:00:00Z");
        assertThat(new String(packet, StandardCharsets.UTF_8)).contains("<pdfuaid:part>1</pdfuaid:part>");
    }

    @Test
    void noDateMeansNoDates() {
        DocumentFacts facts = new DocumentFacts("T", null, null, "en", null, "BackSheet");
        String packet = new String(XmpPacket.of(facts, null), StandardCharsets.UTF_8);
        assertThat(packet).doesNotContain("CreateDate").doesNotContain("dc:creator");
    }
}
