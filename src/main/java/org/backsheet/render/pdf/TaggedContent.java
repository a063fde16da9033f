package org.backsheet.render.pdf;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The tags of a handout (PDF/UA): a structure tree that a screen reader reads in order, and the marked content
 * on the pages that the tree points to. Every mark on a page must be either inside {@link #begin} /
 * {@link #end} (real content, e.g. a paragraph) or inside {@link #beginArtifact} / {@link #end} (decoration,
 * page numbers). Marked sections do not nest. Call {@link #finish} once, after the last page is drawn.
 *
 * <p>Reading order is the order in which elements are created, so create them in the order a person reads.
 */
public final class TaggedContent {

    /** Kinds of decoration: screen readers skip them. */
    public enum Artifact {
        /** Rules, boxes, fills, frames: shapes that only organise the page. */
        LAYOUT,
        /** The running footer: the short disclaimer and "Page X of Y". */
        FOOTER,
        /** The running header, if a page repeats one. */
        HEADER
    }

    private final PDDocument doc;
    private final PDStructureTreeRoot treeRoot;
    private final PDStructureElement document;
    /** Per page: its key in the parent tree and, by MCID, the element each marked section belongs to. */
    private final Map<PDPage, PageMarks> pages = new IdentityHashMap<>();

    private final Map<Integer, PageMarks> pagesByKey = new LinkedHashMap<>();
    private PageMarks current;
    private boolean open;
    private boolean finished;

    private record PageMarks(PDPage page, int key, COSArray parents) {}

    /**
     * Marks {@code doc} as tagged, in {@code language} (a BCP 47 tag such as "en"), showing its title rather
     * than its file name, and starts the structure tree with a Document element.
     */
    public TaggedContent(PDDocument doc, String language) {
        this.doc = doc;
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        treeRoot = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(treeRoot);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, treeRoot);
        treeRoot.appendKid(document);
    }

    /** The Document element, the root of everything a screen reader reads. */
    public PDStructureElement document() {
        return document;
    }

    /** A new element of {@code type} (a {@link StandardStructureTypes} name) as the last child of {@code parent}. */
    public PDStructureElement add(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** A Figure with its alternative text (what a screen reader says instead of showing the picture). */
    public PDStructureElement figure(PDStructureElement parent, String alternativeText) {
        PDStructureElement figure = add(parent, StandardStructureTypes.Figure);
        figure.setAlternateDescription(alternativeText);
        return figure;
    }

    /** A table header cell (TH) that heads its column ({@code column} true) or its row. */
    public PDStructureElement headerCell(PDStructureElement row, boolean column) {
        PDStructureElement cell = add(row, StandardStructureTypes.TH);
        PDTableAttributeObject attributes = new PDTableAttributeObject();
        attributes.setScope(column ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
        cell.addAttribute(attributes);
        return cell;
    }

    /** Starts real content of {@code element} on {@code page}: what is drawn until {@link #end} belongs to it. */
    public void begin(PDPageContentStream contents, PDPage page, PDStructureElement element) throws IOException {
        checkClosed();
        PageMarks marks = marksOf(page);
        int mcid = marks.parents().size();
        marks.parents().add(element);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (element.getPage().getCOSObject() == page.getCOSObject()) {
            element.appendKid(mcid);
        } else {
            // An element continued on another page points at its content there with a full reference.
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            element.appendKid(reference);
        }
        contents.beginMarkedContent(COSName.getPDFName(markTag(element)), mcid);
        open = true;
    }

    /** Starts decoration: what is drawn until {@link #end} is not read aloud. */
    public void beginArtifact(PDPageContentStream contents, Artifact kind) throws IOException {
        checkClosed();
        if (kind == Artifact.LAYOUT) {
            contents.beginMarkedContent(COSName.ARTIFACT);
        } else {
            COSDictionary properties = new COSDictionary();
            properties.setName(COSName.TYPE, "Pagination");
            properties.setName(COSName.SUBTYPE, kind == Artifact.FOOTER ? "Footer" : "Header");
            contents.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        }
        open = true;
    }

    /** Ends the section started by {@link #begin} or {@link #beginArtifact}. */
    public void end(PDPageContentStream contents) throws IOException {
        if (!open) {
            throw new IllegalStateException("end() without begin()");
        }
        contents.endMarkedContent();
        open = false;
    }

    /** Something to draw inside a marked section. */
    @FunctionalInterface
    public interface Drawing {
        void draw() throws IOException;
    }

    /** Draws {@code drawing} as content of {@code element}. */
    public void tagged(PDPageContentStream contents, PDPage page, PDStructureElement element, Drawing drawing)
            throws IOException {
        begin(contents, page, element);
        try {
            drawing.draw();
        } finally {
            end(contents);
        }
    }

    /** Draws {@code drawing} as decoration of {@code kind}. */
    public void artifact(PDPageContentStream contents, Artifact kind, Drawing drawing) throws IOException {
        beginArtifact(contents, kind);
        try {
            drawing.draw();
        } finally {
            end(contents);
        }
    }

    /** Writes the parent tree that maps each page's marked sections back to their elements. */
    public void finish() {
        if (finished) {
            return;
        }
        checkClosed();
        Map<Integer, COSObjectable> numbers = new LinkedHashMap<>();
        pagesByKey.forEach((key, marks) -> numbers.put(key, new PDParentTreeValue(marks.parents())));
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(numbers);
        treeRoot.setParentTree(parentTree);
        treeRoot.setParentTreeNextKey(pagesByKey.size());
        finished = true;
    }

    private PageMarks marksOf(PDPage page) {
        return pages.computeIfAbsent(page, p -> {
            int key = pagesByKey.size();
            p.setStructParents(key);
            PageMarks marks = new PageMarks(p, key, new COSArray());
            pagesByKey.put(key, marks);
            return marks;
        });
    }

    /** The tag written before the content: the element's own type for the common ones, else a plain Span. */
    private static String markTag(PDStructureElement element) {
        String type = element.getStructureType();
        return type == null || type.isEmpty() ? "Span" : type;
    }

    private void checkClosed() {
        if (open) {
            throw new IllegalStateException("Marked content sections cannot nest: end() the open one first");
        }
    }
}
