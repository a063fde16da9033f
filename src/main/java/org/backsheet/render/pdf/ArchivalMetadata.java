package org.backsheet.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.IntegerType;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes the document information dictionary and the XMP metadata stream of a handout with the same values in
 * both, and declares the file PDF/A-2b and PDF/UA-1. PDF/A validators compare the two field by field.
 */
public final class ArchivalMetadata {

    static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    static final String PDFUA_PREFIX = "pdfuaid";

    private ArchivalMetadata() {
    }

    /** Sets Info and XMP metadata of {@code doc} from {@code facts}. */
    public static void apply(PDDocument doc, DocumentFacts facts) throws IOException {
        Calendar date = facts.date() == null ? null : startOfDayUtc(facts);

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(facts.title());
        if (facts.author() != null) {
            info.setAuthor(facts.author());
        }
        if (facts.subject() != null) {
            info.setSubject(facts.subject());
        }
        info.setCreator(facts.producer());
        info.setProducer(facts.producer());
        if (date != null) {
            info.setCreationDate(date);
            info.setModificationDate(date);
        }
        doc.setDocumentInformation(info);

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmpBytes(facts, date));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    private static Calendar startOfDayUtc(DocumentFacts facts) {
        // Midnight UTC: the sheet has a date, not a time, and a time zone would make bytes depend on the machine.
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.clear();
        calendar.set(facts.date().getYear(), facts.date().getMonthValue() - 1, facts.date().getDayOfMonth(), 0, 0, 0);
        return calendar;
    }

    private static byte[] xmpBytes(DocumentFacts facts, Calendar date) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();

        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(facts.title());
        if (facts.author() != null) {
            dc.addCreator(facts.author());
        }
        if (facts.subject() != null) {
            dc.setDescription(facts.subject());
        }
        dc.addLanguage(facts.language());
        dc.setFormat("application/pdf");

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(facts.producer());
        if (date != null) {
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);
        }

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(facts.producer());

        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(2);
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("xmpbox refused a fixed PDF/A conformance value", e);
        }

        XMPSchema ua = new XMPSchema(xmp, PDFUA_NAMESPACE, PDFUA_PREFIX);
        ua.addProperty(new IntegerType(xmp, PDFUA_NAMESPACE, PDFUA_PREFIX, "part", 1));
        xmp.addSchema(ua);
        declarePdfUaSchema(xmp);

        // The JDK's own XML factories: a Saxon on the class path (veraPDF's, in tests) formats differently,
        // which would make the bytes depend on the class path.
        XmpSerializer serializer = new XmpSerializer(TransformerFactory.newDefaultInstance(),
                DocumentBuilderFactory.newDefaultInstance());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            serializer.serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("Could not write the PDF's XMP metadata", e);
        }
        return out.toByteArray();
    }

    /** PDF/A allows only known XMP schemas; pdfuaid is not one of them, so the file describes it itself. */
    private static void declarePdfUaSchema(XMPMetadata xmp) {
        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();

        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, "PDF/UA Universal Accessibility Schema"));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, PDFUA_NAMESPACE));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, PDFUA_PREFIX));

        PDFAPropertyType part = new PDFAPropertyType(xmp);
        part.addProperty(part.createTextType(PDFAPropertyType.NAME, "part"));
        part.addProperty(part.createTextType(PDFAPropertyType.VALUETYPE, "Integer"));
        part.addProperty(part.createTextType(PDFAPropertyType.CATEGORY, "internal"));
        part.addProperty(part.createTextType(PDFAPropertyType.DESCRIPTION,
                "Indicates which part of ISO 14289 the document conforms to"));

        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        properties.addProperty(part);
        schema.addProperty(properties);

        extension.addBagValue(PDFAExtensionSchema.SCHEMAS, schema);
    }
}
