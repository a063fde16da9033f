package org.backsheet.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The two steps that make a handout PDF/A-2b and PDF/UA-1: {@link #begin} before the first page is drawn (colour
 * profile, metadata, tagging set-up) and {@link #complete} after the last (parent tree, file identifier).
 */
public final class ArchivalPdf {

    private ArchivalPdf() {}

    /** Prepares {@code doc}; draw its pages through the returned tags. */
    public static TaggedContent begin(PDDocument doc, DocumentFacts facts) throws IOException {
        OutputIntents.addSrgb(doc);
        ArchivalMetadata.apply(doc, facts);
        return new TaggedContent(doc, facts.language());
    }

    /**
     * Finishes {@code doc} once every page is drawn and every content stream closed; then save it. {@code extra}
     * goes into the file identifier with the page drawings (see {@link FileIdentifier}).
     */
    public static void complete(PDDocument doc, DocumentFacts facts, TaggedContent tags, byte[] extra)
            throws IOException {
        tags.finish();
        FileIdentifier.assign(doc, facts, extra);
    }
}
