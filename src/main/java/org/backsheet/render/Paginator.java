package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns measured blocks to pages before anything is drawn, so the page count is known when the footer
 * says "Page X of Y". A block that does not fit in the space left is divided there when it allows it (advice,
 * boxes, the tracking chart between weeks, long text); otherwise it moves whole to the next page. An item kept
 * with the next one moves with it unless the next one's first part still fits. A block taller than a whole
 * page is split into pieces first.
 */
final class Paginator {

    /** A block placed on a page: its top edge, measured down from the top of the body area. */
    record Placed(Block block, float offset, boolean ruleAbove, float ruleOffset) {}

    private final float bodyHeight;

    Paginator(float bodyHeight) {
        this.bodyHeight = bodyHeight;
    }

    /** The height of a page's body, between the top margin and the footer. */
    float bodyHeight() {
        return bodyHeight;
    }

    List<List<Placed>> paginate(List<FlowItem> flow) {
        List<FlowItem> items = new ArrayList<>(splitOversized(flow));
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < items.size(); i++) {
            FlowItem item = items.get(i);
            float space = page.isEmpty() ? 0 : item.spaceBefore();
            boolean forced = item.newPage() && !page.isEmpty();
            if (!forced && !page.isEmpty() && !fits(items, i, bodyHeight - used - space)) {
                // a kept item may divide too: its rest stays kept with what follows (a heading never divides)
                Block.Division cut = item.block().divide(bodyHeight - used - space, bodyHeight);
                if (cut != null && cut.head().height() <= bodyHeight - used - space) {
                    page.add(place(item, cut.head(), page, used, space));
                    items.set(i, FlowItem.of(cut.tail(), 0).keptWith(item.keepWithNext()));
                }
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                i--; // the item, or its rest, starts the new page
                continue;
            }
            if (forced) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                space = 0;
            }
            page.add(place(item, item.block(), page, used, space));
            used += space + item.block().height();
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static Placed place(FlowItem item, Block block, List<Placed> page, float used, float space) {
        boolean rule = item.ruleBefore() && !page.isEmpty();
        return new Placed(block, used + space, rule, used + space / 2);
    }

    /**
     * Whether item {@code i} fits in {@code room} together with what it is kept with: the following kept items
     * whole, and the first part of the last one when that one can be divided.
     */
    private boolean fits(List<FlowItem> items, int i, float room) {
        float h = items.get(i).block().height();
        if (h > room) {
            return false;
        }
        int j = i;
        while (items.get(j).keepWithNext() && j + 1 < items.size()) {
            j++;
            FlowItem next = items.get(j);
            float left = room - h - next.spaceBefore();
            if (next.block().height() <= left) {
                h += next.spaceBefore() + next.block().height();
                continue;
            }
            if (h + next.spaceBefore() + next.block().height() > bodyHeight) {
                return true; // the chain is taller than a page: keeping it together is impossible anyway
            }
            // a dividable one is enough with its first part, even when its rest is kept with what follows (the
            // advice kept with "Avoid these"): requiring it whole pushed the last exercise off a page it fit on
            return next.block().divide(left, bodyHeight) != null;
        }
        return true;
    }

    private List<FlowItem> splitOversized(List<FlowItem> flow) {
        List<FlowItem> out = new ArrayList<>();
        for (FlowItem item : flow) {
            if (item.block().height() <= bodyHeight) {
                out.add(item);
                continue;
            }
            // pieces leave room for a heading that must stay with the first of them
            FlowItem before = out.isEmpty() ? null : out.get(out.size() - 1);
            float reserve =
                    before != null && before.keepWithNext() ? before.block().height() + item.spaceBefore() : 0;
            boolean first = true;
            for (Block piece : item.block().split(Math.max(bodyHeight / 2, bodyHeight - reserve))) {
                out.add(
                        first
                                ? new FlowItem(piece, item.spaceBefore(), item.ruleBefore(), false, item.newPage())
                                : FlowItem.of(piece, 0));
                first = false;
            }
        }
        return out;
    }
}
