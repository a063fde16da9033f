package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns measured blocks to pages before anything is drawn, so the page count is known when the footer
 * says "Page X of Y". A block never straddles a page; one taller than a whole page is split into pieces first.
 */
final class Paginator {

    /** A block placed on a page: its top edge, measured down from the top of the body area. */
    record Placed(Block block, float offset, boolean ruleAbove, float ruleOffset) {
    }

    private final float bodyHeight;

    Paginator(float bodyHeight) {
        this.bodyHeight = bodyHeight;
    }

    List<List<Placed>> paginate(List<FlowItem> flow) {
        List<FlowItem> items = splitOversized(flow);
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < items.size(); i++) {
            FlowItem item = items.get(i);
            float space = page.isEmpty() ? 0 : item.spaceBefore();
            float needed = space + item.block().height() + keptHeight(items, i);
            boolean forced = item.newPage() && !page.isEmpty();
            if (forced || !page.isEmpty() && used + needed > bodyHeight) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                space = 0;
            }
            boolean rule = item.ruleBefore() && !page.isEmpty();
            page.add(new Placed(item.block(), used + space, rule, used + space / 2));
            used += space + item.block().height();
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Height of the following items that must share this item's page (a heading and its first block). */
    private float keptHeight(List<FlowItem> items, int i) {
        float h = 0;
        while (items.get(i).keepWithNext() && i + 1 < items.size()) {
            i++;
            h += items.get(i).spaceBefore() + items.get(i).block().height();
            if (h > bodyHeight) {
                return 0;
            }
        }
        return h;
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
            float reserve = before != null && before.keepWithNext()
                    ? before.block().height() + item.spaceBefore() : 0;
            boolean first = true;
            for (Block piece : item.block().split(Math.max(bodyHeight / 2, bodyHeight - reserve))) {
                out.add(first ? new FlowItem(piece, item.spaceBefore(), item.ruleBefore(), false, item.newPage())
                        : FlowItem.of(piece, 0));
                first = false;
            }
        }
        return out;
    }
}
