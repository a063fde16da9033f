package org.backsheet.render.pdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes a handout's XMP metadata packet as text. The packet is fixed in shape (Dublin Core, XMP basic, Adobe
 * PDF, PDF/A and PDF/UA identification, and the PDF/A extension schema that declares pdfuaid), so building it
 * through a DOM and an XML serializer only cost start-up time: about 390 XML classes and 9% of a warm export.
 */
final class XmpPacket {

    private static final String PDFUA_DESCRIPTION = "Indicates which part of ISO 14289 the document conforms to";

    private final StringBuilder xml = new StringBuilder(2048);

    private XmpPacket() {}

    /** The packet's bytes (UTF-8) for {@code facts}; {@code date} null leaves all dates out. */
    static byte[] of(DocumentFacts facts, LocalDate date) {
        XmpPacket p = new XmpPacket();
        p.line("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>");
        p.line("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">");
        p.line(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">");
        p.dublinCore(facts);
        p.basic(facts, date);
        p.open("pdf", "http://ns.adobe.com/pdf/1.3/");
        p.element("pdf:Producer", facts.producer());
        p.close();
        p.open("pdfaid", "http://www.aiim.org/pdfa/ns/id/");
        p.element("pdfaid:part", "2");
        p.element("pdfaid:conformance", "B");
        p.close();
        p.open(ArchivalMetadata.PDFUA_PREFIX, ArchivalMetadata.PDFUA_NAMESPACE);
        p.element(ArchivalMetadata.PDFUA_PREFIX + ":part", "1");
        p.close();
        p.pdfUaExtensionSchema();
        p.line(" </rdf:RDF>");
        p.line("</x:xmpmeta>");
        p.xml.append("<?xpacket end=\"w\"?>");
        return p.xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void dublinCore(DocumentFacts facts) {
        open("dc", "http://purl.org/dc/elements/1.1/");
        line("   <dc:format>application/pdf</dc:format>");
        alt("dc:title", facts.title());
        if (facts.author() != null) {
            line("   <dc:creator><rdf:Seq><rdf:li>" + escape(facts.author()) + "</rdf:li></rdf:Seq></dc:creator>");
        }
        if (facts.subject() != null) {
            alt("dc:description", facts.subject());
        }
        line("   <dc:language><rdf:Bag><rdf:li>" + escape(facts.language()) + "</rdf:li></rdf:Bag></dc:language>");
        close();
    }

    private void basic(DocumentFacts facts, LocalDate date) {
        open("xmp", "http://ns.adobe.com/xap/1.0/");
        element("xmp:CreatorTool", facts.producer());
        if (date != null) {
            // Midnight UTC, the same instant as the document information dictionary's dates.
            String instant = date + "T00:00:00+00:00";
            element("xmp:CreateDate", instant);
            element("xmp:ModifyDate", instant);
            element("xmp:MetadataDate", instant);
        }
        close();
    }

    /** PDF/A allows only known XMP schemas; pdfuaid is not one of them, so the file describes it itself. */
    private void pdfUaExtensionSchema() {
        line("  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">");
        line("   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">");
        element("pdfaSchema:schema", "PDF/UA Universal Accessibility Schema");
        element("pdfaSchema:namespaceURI", ArchivalMetadata.PDFUA_NAMESPACE);
        element("pdfaSchema:prefix", ArchivalMetadata.PDFUA_PREFIX);
        line("    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">");
        element("pdfaProperty:name", "part");
        element("pdfaProperty:valueType", "Integer");
        element("pdfaProperty:category", "internal");
        element("pdfaProperty:description", PDFUA_DESCRIPTION);
        line("    </rdf:li></rdf:Seq></pdfaSchema:property>");
        line("   </rdf:li></rdf:Bag></pdfaExtension:schemas>");
        close();
    }

    private void open(String prefix, String namespace) {
        line("  <rdf:Description rdf:about=\"\" xmlns:" + prefix + "=\"" + namespace + "\">");
    }

    private void close() {
        line("  </rdf:Description>");
    }

    private void alt(String name, String text) {
        line("   <" + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(text) + "</rdf:li></rdf:Alt></" + name
                + ">");
    }

    private void element(String name, String text) {
        line("   <" + name + ">" + escape(text) + "</" + name + ">");
    }

    private void line(String s) {
        xml.append(s).append('\n');
    }

    /** XML text: markup characters escaped, characters XML 1.0 cannot hold at all left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (isXmlChar(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
