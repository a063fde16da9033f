package org.backsheet.render.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.backsheet.render.pdf.TaggedContent.Artifact;
import org.backsheet.render.pdf.TaggedContent.Drawing;

/**
 * Where the next thing drawn belongs in the handout's structure tree, so that drawing code only says what a
 * block is ("a heading", "a list item", "a picture of the bridge") and never deals with MCIDs.
 *
 * <p>Text goes into the element opened by {@link #element}; text drawn outside any element becomes a
 * paragraph of its own, so nothing is ever left untagged. Shapes are decoration unless they are part of a
 * figure. Consecutive list items share one list, even across pages.
 */
public final class StructureCursor {

    private final TaggedContent tags;
    /** Open elements, innermost first; the Document element is at the bottom. */
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    /** For each container, the list its last list item went into, while nothing else followed it. */
    private final Map<PDStructureElement, PDStructureElement> openLists = new IdentityHashMap<>();

    private PDPage page;
    private PDPageContentStream contents;
    /** Inside a figure or an artifact everything is drawn plainly: marked sections cannot nest. */
    private boolean inMarkedSection;

    public StructureCursor(TaggedContent tags) {
        this.tags = tags;
        open.push(tags.document());
    }

    /** Drawing moves to {@code page}, through {@code contents}. */
    public void onPage(PDPage page, PDPageContentStream contents) {
        this.page = page;
        this.contents = contents;
    }

    /** Draws {@code drawing} as one element of {@code type} (e.g. "P", "H1"), a child of the open one. */
    public void element(String type, Drawing drawing) throws IOException {
        PDStructureElement element = add(type);
        open.push(element);
        try {
            drawing.draw();
        } finally {
            open.pop();
        }
    }

    /** A list item: its label (bullet, step number; may be null) and its body, in the current list. */
    public void listItem(Drawing label, Drawing body) throws IOException {
        PDStructureElement container = open.peek();
        PDStructureElement list = openLists.get(container);
        if (list == null) {
            list = add(StandardStructureTypes.L);
        }
        PDStructureElement item = tags.add(list, StandardStructureTypes.LI);
        openLists.put(container, list);
        if (label != null) {
            into(tags.add(item, StandardStructureTypes.LBL), label);
        }
        into(tags.add(item, StandardStructureTypes.L_BODY), body);
    }

    /** A picture and what a screen reader says instead, e.g. "Bridge: start and end position". */
    public void figure(String alternativeText, Drawing drawing) throws IOException {
        PDStructureElement figure = tags.figure(open.peek(), alternativeText);
        closeList();
        section(() -> tags.begin(contents, page, figure), drawing);
    }

    /** A table of rows and cells made before drawing, so cells may be drawn in any order. */
    public Table table(int rows, int columns, boolean firstRowHeads) {
        PDStructureElement table = add(StandardStructureTypes.TABLE);
        PDStructureElement[][] cells = new PDStructureElement[rows][columns];
        for (int r = 0; r < rows; r++) {
            PDStructureElement row = tags.add(table, StandardStructureTypes.TR);
            for (int c = 0; c < columns; c++) {
                cells[r][c] =
                        r == 0 && firstRowHeads ? tags.headerCell(row, true) : tags.add(row, StandardStructureTypes.TD);
            }
        }
        return new Table(cells);
    }

    /** The cells of a table made by {@link #table}. */
    public final class Table {
        private final PDStructureElement[][] cells;

        private Table(PDStructureElement[][] cells) {
            this.cells = cells;
        }

        /** Draws {@code drawing} as the content of the cell at {@code row}, {@code column}. */
        public void cell(int row, int column, Drawing drawing) throws IOException {
            into(cells[row][column], drawing);
        }
    }

    /** Real content (text) of the open element; outside any element it becomes a paragraph of its own. */
    public void content(Drawing drawing) throws IOException {
        if (inMarkedSection) {
            drawing.draw();
            return;
        }
        PDStructureElement target = open.peek();
        if (target == tags.document()) {
            target = add(StandardStructureTypes.P);
        }
        PDStructureElement element = target;
        section(() -> tags.begin(contents, page, element), drawing);
    }

    /** Rules, boxes and fills: skipped by screen readers (drawn plainly inside a figure or footer). */
    public void decoration(Drawing drawing) throws IOException {
        if (inMarkedSection) {
            drawing.draw();
            return;
        }
        section(() -> tags.beginArtifact(contents, Artifact.LAYOUT), drawing);
    }

    /** The running footer of a page (short disclaimer, page number): pagination, not read as content. */
    public void footer(Drawing drawing) throws IOException {
        if (inMarkedSection) {
            drawing.draw();
            return;
        }
        section(() -> tags.beginArtifact(contents, Artifact.FOOTER), drawing);
    }

    private void into(PDStructureElement element, Drawing drawing) throws IOException {
        open.push(element);
        try {
            drawing.draw();
        } finally {
            open.pop();
        }
    }

    private PDStructureElement add(String type) {
        closeList();
        return tags.add(open.peek(), type);
    }

    /** Anything but a list item ends the list being filled in the current container. */
    private void closeList() {
        openLists.remove(open.peek());
    }

    private void section(Drawing begin, Drawing drawing) throws IOException {
        if (page == null) {
            throw new IllegalStateException("onPage() first");
        }
        begin.draw();
        inMarkedSection = true;
        try {
            drawing.draw();
        } finally {
            inMarkedSection = false;
            tags.end(contents);
        }
    }
}
