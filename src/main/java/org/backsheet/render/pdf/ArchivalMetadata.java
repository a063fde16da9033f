package org.backsheet.render.pdf;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Writes the document information dictionary and the XMP metadata stream of a handout with the same values in
 * both, and declares the file PDF/A-2b and PDF/UA-1. PDF/A validators compare the two field by field.
 */
public final class ArchivalMetadata {

    static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    static final String PDFUA_PREFIX = "pdfuaid";

    private ArchivalMetadata() {}

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
        metadata.importXMPMetadata(XmpPacket.of(facts, facts.date()));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    private static Calendar startOfDayUtc(DocumentFacts facts) {
        // Midnight UTC: the sheet has a date, not a time, and a time zone would make bytes depend on the machine.
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.clear();
        calendar.set(
                facts.date().getYear(),
                facts.date().getMonthValue() - 1,
                facts.date().getDayOfMonth(),
                0,
                0,
                0);
        return calendar;
    }
}
