package org.backsheet.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** Test helper: reads a tagged PDF the way a screen reader does, element by element in tree order. */
public final class TagReader {

    /**
     * One structure element that owns marked content: its type, its text, its alternative text (figures), and
     * where its first content sits (page index from 0, top edge in points from the top of the page; NaN when
     * it has no text, e.g. a figure).
     */
    public record Tagged(String type, String text, String alt, int page, float top, float left, String parentType) {}

    private final PDDocument doc;
    private final Map<Integer, Map<Integer, PDMarkedContent>> contentByPage = new HashMap<>();

    private TagReader(PDDocument doc) {
        this.doc = doc;
    }

    /** Every element with content of its own, in the order of the structure tree. */
    public static List<Tagged> read(PDDocument doc) throws IOException {
        TagReader reader = new TagReader(doc);
        List<Tagged> out = new ArrayList<>();
        reader.walk(doc.getDocumentCatalog().getStructureTreeRoot(), null, out);
        return out;
    }

    private void walk(PDStructureNode node, String parentType, List<Tagged> out) throws IOException {
        StringBuilder text = new StringBuilder();
        int firstPage = -1;
        float top = Float.NaN;
        float left = Float.NaN;
        List<Object> kids = node.getKids();
        boolean ownsContent = false;
        for (Object kid : kids) {
            int mcid;
            PDPage page;
            if (kid instanceof Integer i) {
                mcid = i;
                page = ((PDStructureElement) node).getPage();
            } else if (kid instanceof PDMarkedContentReference ref) {
                mcid = ref.getMCID();
                page = ref.getPage();
            } else {
                continue;
            }
            ownsContent = true;
            int pageIndex = doc.getPages().indexOf(page);
            PDMarkedContent content = marked(pageIndex).get(mcid);
            if (content == null) {
                throw new IllegalStateException("MCID " + mcid + " not found on page " + pageIndex);
            }
            for (Object o : content.getContents()) {
                if (o instanceof TextPosition t) {
                    if (Float.isNaN(top)) {
                        top = t.getYDirAdj() - t.getHeightDir();
                        left = t.getXDirAdj();
                        firstPage = pageIndex;
                    }
                    text.append(t.getUnicode());
                }
            }
            if (firstPage < 0) {
                firstPage = pageIndex;
            }
            text.append(' ');
        }
        if (node instanceof PDStructureElement element && ownsContent) {
            out.add(new Tagged(
                    element.getStructureType(),
                    text.toString().replaceAll("\\s+", " ").strip(),
                    element.getAlternateDescription(),
                    firstPage,
                    top,
                    left,
                    parentType));
        }
        String type = node instanceof PDStructureElement element ? element.getStructureType() : null;
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement child) {
                walk(child, type, out);
            }
        }
    }

    private Map<Integer, PDMarkedContent> marked(int pageIndex) throws IOException {
        Map<Integer, PDMarkedContent> byMcid = contentByPage.get(pageIndex);
        if (byMcid == null) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(doc.getPage(pageIndex));
            byMcid = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    byMcid.put(content.getMCID(), content);
                }
            }
            contentByPage.put(pageIndex, byMcid);
        }
        return byMcid;
    }
}
