package org.backsheet.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.backsheet.model.Sheet;

/** A rendered handout read back: the bytes, the text of each page, and every glyph with its position. */
final class PdfText {

    /** One glyph as PDFTextStripper saw it, y measured down from the top of the page to the baseline. */
    record Glyph(
            int page,
            String text,
            float x,
            float baselineFromTop,
            float width,
            float fontSize,
            float pageWidth,
            float pageHeight) {}

    final byte[] bytes;
    final RenderResult result;
    final List<String> pages = new ArrayList<>();
    final List<Glyph> glyphs = new ArrayList<>();

    private PdfText(byte[] bytes, RenderResult result) throws IOException {
        this.bytes = bytes;
        this.result = result;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                final int page = p;
                float w = doc.getPage(p - 1).getMediaBox().getWidth();
                float h = doc.getPage(p - 1).getMediaBox().getHeight();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        super.processTextPosition(t);
                        glyphs.add(new Glyph(
                                page,
                                t.getUnicode(),
                                t.getXDirAdj(),
                                t.getYDirAdj(),
                                t.getWidthDirAdj(),
                                t.getFontSizeInPt(),
                                w,
                                h));
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
    }

    static PdfText render(HandoutRenderer renderer, Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult result = renderer.render(sheet, out);
        return new PdfText(out.toByteArray(), result);
    }

    /** All pages' text with every run of whitespace made one space, so wrapped lines read as sentences. */
    String flat() {
        return flat(String.join(" ", pages));
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    int count(String needle) {
        String all = flat();
        String n = flat(needle);
        int count = 0;
        for (int i = all.indexOf(n); i >= 0; i = all.indexOf(n, i + 1)) {
            count++;
        }
        return count;
    }
}
