package org.backsheet.render;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.backsheet.render.pdf.StructureCursor;

/**
 * Drawing on one page. Every piece of text on the handout goes through {@link #text}, and every decoration
 * through the shape methods here, so tagging for accessibility is done in this one class.
 * Everything drawn also feeds a digest, from which the document's fixed /ID is derived. Text is tagged as
 * content of the element the blocks opened through {@link #tags()}; shapes are tagged as decoration.
 */
final class PageCanvas implements PictureTarget {

    private final PDDocument document;
    private final PDPageContentStream contents;
    private final boolean largePrint;
    private final Warnings warnings;
    private final MessageDigest digest;
    private final StructureCursor tags;
    private final Locale locale;

    PageCanvas(
            PDDocument document,
            PDPageContentStream contents,
            boolean largePrint,
            Locale locale,
            Warnings warnings,
            MessageDigest digest,
            StructureCursor tags) {
        this.locale = locale;
        this.tags = tags;
        this.document = document;
        this.contents = contents;
        this.largePrint = largePrint;
        this.warnings = warnings;
        this.digest = digest;
    }

    @Override
    public PDDocument document() {
        return document;
    }

    @Override
    public PDPageContentStream contents() {
        return contents;
    }

    @Override
    public boolean largePrint() {
        return largePrint;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    /** The structure tree (PDF/UA): blocks say here what they are before drawing their text. */
    StructureCursor tags() {
        return tags;
    }

    /** Draws one line of clean text (see {@link TextCleaner}) with its baseline at {@code baseline}. */
    void text(String cleanText, TextStyle style, float x, float baseline) throws IOException {
        if (cleanText.isEmpty()) {
            return;
        }
        remember(cleanText + '@' + x + ',' + baseline + ',' + style.size());
        tags.content(() -> {
            contents.beginText();
            contents.setFont(style.font(), style.size());
            contents.setNonStrokingColor(style.color());
            contents.newLineAtOffset(x, baseline);
            // Each showText continues where the previous one ended, so the pieces print as one line.
            for (int from = 0; from < cleanText.length(); ) {
                int to = pieceEnd(cleanText, from);
                contents.showText(cleanText.substring(from, to));
                from = to;
            }
            contents.endText();
        });
    }

    /**
     * Characters per string in the content stream. PDF/A (rule 6.1.13) allows strings of at most 32,767 bytes,
     * and a glyph takes two bytes in the embedded fonts, so one very long line (a word of 20,000 letters in a
     * note) is shown in pieces well below that.
     */
    static final int MAX_PIECE_CHARS = 8_000;

    /** Where the piece starting at {@code from} ends: at most {@link #MAX_PIECE_CHARS}, never inside a pair. */
    static int pieceEnd(String text, int from) {
        int to = Math.min(text.length(), from + MAX_PIECE_CHARS);
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** Draws a line of text in a line box whose top edge is at {@code top}. */
    void textInBox(String cleanText, TextStyle style, float x, float top) throws IOException {
        text(cleanText, style, x, top - style.baselineOffset());
    }

    void fillRect(Color color, float x, float y, float width, float height) throws IOException {
        tags.decoration(() -> {
            contents.setNonStrokingColor(color);
            contents.addRect(x, y, width, height);
            contents.fill();
        });
    }

    void fillRoundedRect(Color color, float x, float y, float width, float height, float radius) throws IOException {
        tags.decoration(() -> {
            contents.setNonStrokingColor(color);
            Shapes.roundedRect(contents, x, y, width, height, radius);
            contents.fill();
        });
    }

    void strokeRoundedRect(Color color, float lineWidth, float x, float y, float width, float height, float radius)
            throws IOException {
        tags.decoration(() -> {
            contents.setStrokingColor(color);
            contents.setLineWidth(lineWidth);
            Shapes.roundedRect(contents, x, y, width, height, radius);
            contents.stroke();
        });
    }

    void line(Color color, float lineWidth, float x1, float y1, float x2, float y2) throws IOException {
        tags.decoration(() -> {
            contents.setStrokingColor(color);
            contents.setLineWidth(lineWidth);
            contents.moveTo(x1, y1);
            contents.lineTo(x2, y2);
            contents.stroke();
        });
    }

    void image(PDImageXObject image, float x, float y, float width, float height) throws IOException {
        contents.drawImage(image, x, y, width, height);
    }

    /** Adds bytes that define the page (an image, say) to the document's identity. */
    void remember(byte[] data) {
        digest.update(data);
    }

    private void remember(String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
    }
}
