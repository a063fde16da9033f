package org.backsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

/** How drawing calls become structure: lists group themselves, loose text becomes a paragraph, no nesting. */
class StructureCursorTest {

    /** What a test draws on one tagged page, through the cursor. */
    private interface PageDrawing {
        void draw(StructureCursor cursor, PDPageContentStream cs) throws IOException;
    }

    /** Draws on one page of a new tagged document; returns the page's content stream and structure outline. */
    private static String[] drawOnOnePage(PageDrawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            TaggedContent tags = new TaggedContent(doc, "en");
            StructureCursor cursor = new StructureCursor(tags);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cursor.onPage(page, cs);
                drawing.draw(cursor, cs);
            }
            return new String[] {new String(page.getContents().readAllBytes()), outline(tags.document())};
        }
    }

    @Test
    void consecutiveListItemsShareOneListUntilSomethingElseComes() throws IOException {
        String outline = drawOnOnePage((cursor, cs) -> {
            cursor.listItem(() -> cursor.content(() -> {}), () -> cursor.content(() -> {}));
            cursor.listItem(null, () -> cursor.content(() -> {}));
            cursor.element("H2", () -> cursor.content(() -> {}));
            cursor.listItem(null, () -> cursor.content(() -> {}));
            cursor.content(() -> {});
        })[1];
        assertThat(outline).isEqualTo("Document(L(LI(Lbl LBody) LI(LBody)) H2 L(LI(LBody)) P)");
    }

    @Test
    void decorationInsideAFigureIsPartOfTheFigure() throws IOException {
        String content = drawOnOnePage(
                (cursor, cs) -> cursor.figure("A bridge", () -> cursor.decoration(() -> cs.addRect(0, 0, 1, 1))))[0];
        assertThat(content).contains("/Figure <</MCID 0>> BDC").doesNotContain("/Artifact");
    }

    @Test
    void markedSectionsCannotNest() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            TaggedContent tags = new TaggedContent(doc, "en");
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                tags.begin(cs, page, tags.document());
                assertThatThrownBy(() -> tags.beginArtifact(cs, TaggedContent.Artifact.LAYOUT))
                        .isInstanceOf(IllegalStateException.class);
                tags.end(cs);
            }
        }
    }

    private static String outline(PDStructureNode node) {
        List<String> kids = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                kids.add(outline(element));
            }
        }
        String type = node instanceof PDStructureElement e ? e.getStructureType() : "root";
        return kids.isEmpty() ? type : type + "(" + String.join(" ", kids) + ")";
    }
}
