package org.backsheet.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Gives a handout a file identifier (the trailer's /ID) derived from what it shows, instead of PDFBox's default
 * from the clock: the same sheet gives the same bytes, a different handout a different identifier.
 */
public final class FileIdentifier {

    private FileIdentifier() {}

    /**
     * Sets /ID from {@code facts}, the drawing of every page and {@code extra} (e.g. a digest of embedded images,
     * whose bytes the page drawing only names; may be empty). Call after the last page is drawn.
     */
    public static void assign(PDDocument doc, DocumentFacts facts, byte[] extra) throws IOException {
        MessageDigest digest = sha256();
        digest.update(extra);
        update(digest, facts.title());
        update(digest, facts.author());
        update(digest, facts.language());
        update(digest, String.valueOf(facts.date()));
        update(digest, facts.subject());
        update(digest, facts.producer());
        for (PDPage page : doc.getPages()) {
            update(digest, page.getMediaBox().toString());
            try (InputStream in = page.getContents()) {
                digest.update(in.readAllBytes());
            }
        }
        byte[] id = Arrays.copyOf(digest.digest(), 16);
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        doc.getDocument().setDocumentID(array);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
