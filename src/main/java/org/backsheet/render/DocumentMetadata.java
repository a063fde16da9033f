package org.backsheet.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document information and the matching XMP packet. Nothing here depends on the clock: the dates come
 * from the sheet (none when it has no date) and the /ID from a digest of what was drawn, so the same sheet
 * always gives the same bytes.
 */
final class DocumentMetadata {

    private final String title;
    private final String author;
    private final String subject;
    private final String producer;
    private final String language;
    private final LocalDate date;

    DocumentMetadata(String title, String author, String subject, String producer, String language,
                     LocalDate date) {
        this.title = title;
        this.author = author;
        this.subject = subject;
        this.producer = producer;
        this.language = language;
        this.date = date;
    }

    void apply(PDDocument document, byte[] contentDigest) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator(producer);
        info.setProducer(producer);
        if (date != null) {
            info.setCreationDate(calendar());
            info.setModificationDate(calendar());
        }
        document.getDocumentCatalog().setLanguage(language);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(prefs);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        byte[] id = Arrays.copyOf(contentDigest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    private Calendar calendar() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    /** A hand-written XMP packet: small, fast, and byte-stable (no XML library formatting in between). */
    String xmp() {
        StringBuilder x = new StringBuilder(1024);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
         .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
         .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
         .append("  <rdf:Description rdf:about=\"\"\n")
         .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
         .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
         .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
         .append("   <dc:format>application/pdf</dc:format>\n");
        x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
         .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (author != null) {
            x.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(subject))
         .append("</rdf:li></rdf:Alt></dc:description>\n");
        x.append("   <dc:language><rdf:Bag><rdf:li>").append(escape(language)).append("</rdf:li></rdf:Bag></dc:language>\n");
        x.append("   <xmp:CreatorTool>").append(escape(producer)).append("</xmp:CreatorTool>\n");
        if (date != null) {
            String d = date + "T00:00:00Z";
            x.append("   <xmp:CreateDate>").append(d).append("</xmp:CreateDate>\n")
             .append("   <xmp:ModifyDate>").append(d).append("</xmp:ModifyDate>\n")
             .append("   <xmp:MetadataDate>").append(d).append("</xmp:MetadataDate>\n");
        }
        x.append("   <pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n")
         .append("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even when escaped
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
