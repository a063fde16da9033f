package org.backsheet.render;

import java.util.List;

/**
 * What the detailed and the compact layouts share: the handout's context, the pictures, the clinic's logo and the
 * width they lay out to. Each turns the sheet into blocks in reading order; {@link HandoutFlow} adds the closing.
 */
abstract class HandoutLayout {

    protected final LayoutContext l;
    protected final ExercisePictures pictures;
    protected final Block logo;
    protected final float width;

    protected HandoutLayout(LayoutContext l, ExercisePictures pictures, Block logo) {
        this.l = l;
        this.pictures = pictures;
        this.logo = logo;
        this.width = l.page.contentWidth();
    }

    /** The blocks of this layout, from the header to the last exercise (or the advice after them). */
    abstract List<FlowItem> build();

    /**
     * One order of the layout's blocks; the items from {@code closingFrom} on belong with the closing, so that they
     * never fill a page without an exercise or the advice ("Good to know" is the patient's own guidance and may open
     * the last page; "Avoid these" and the closing line alone were taken for the end of the handout). {@code tighter} counts the
     * steps by which its safety box is set closer than the most readable form page one allows (0: that form).
     * {@code avoidFirst}: the "Avoid these" box is already among the items, under the safety box, so the closing
     * leaves it out.
     */
    record Arrangement(List<FlowItem> items, int closingFrom, int tighter, boolean avoidFirst) {

        Arrangement(List<FlowItem> items, int closingFrom, int tighter) {
            this(items, closingFrom, tighter, false);
        }

        Arrangement(List<FlowItem> items, int closingFrom) {
            this(items, closingFrom, 0);
        }
    }

    /** Orders of the same blocks that may take fewer pages, best first: by default only {@link #build}. */
    List<Arrangement> arrangements() {
        List<FlowItem> items = build();
        return List.of(new Arrangement(items, items.size()));
    }
}
