package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text of a rendered handout as PDFBox reads it back, with where each glyph sits on its page. */
final class PrintedText {

    /** PDFBox measures glyph boxes from font metrics, which may overhang the drawn ink by a little. */
    private static final float TOLERANCE = 1.5f;

    private final String text;
    private final String squeezed;
    private final List<Glyph> glyphs;

    record Glyph(
            int page,
            String text,
            float left,
            float top,
            float right,
            float baseline,
            float pageWidth,
            float pageHeight) {}

    private PrintedText(String text, List<Glyph> glyphs) {
        this.text = text;
        this.squeezed = squeeze(text);
        this.glyphs = glyphs;
    }

    static PrintedText of(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) throws IOException {
                PDRectangle box = getCurrentPage().getMediaBox();
                for (TextPosition p : positions) {
                    if (p.getUnicode().isBlank()) {
                        continue;
                    }
                    glyphs.add(new Glyph(
                            getCurrentPageNo(),
                            p.getUnicode(),
                            p.getXDirAdj(),
                            p.getYDirAdj() - p.getHeightDir(),
                            p.getXDirAdj() + p.getWidthDirAdj(),
                            p.getYDirAdj(),
                            box.getWidth(),
                            box.getHeight()));
                }
                super.writeString(string, positions);
            }
        };
        stripper.setSortByPosition(false);
        return new PrintedText(stripper.getText(document), glyphs);
    }

    /** The first glyph that sticks out of the area inside {@code margin} points on any side, if any. */
    Optional<Glyph> glyphsOutsideMargins(float margin) {
        return glyphs.stream()
                .filter(g -> g.left() < margin - TOLERANCE
                        || g.right() > g.pageWidth() - margin + TOLERANCE
                        || g.top() < margin - TOLERANCE
                        || g.baseline() > g.pageHeight() - margin + TOLERANCE)
                .findFirst();
    }

    /** True when {@code words} appear in the text, however lines were broken or spaced. */
    boolean contains(String words) {
        return squeezed.contains(squeeze(words));
    }

    String text() {
        return text;
    }

    /** Without white space or soft hyphens, so a name wrapped over two lines still matches. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00AD]+", "").replace("-", "");
    }
}
