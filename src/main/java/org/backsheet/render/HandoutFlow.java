package org.backsheet.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.backsheet.model.Layout;

/**
 * Puts the whole handout in reading order (the chosen layout, the closing, signature, tracking chart) and onto
 * pages, where one rule needs the whole flow: a page never holds only the closing (the reader took "Avoid these"
 * on a page of its own for the end and almost missed it).
 */
final class HandoutFlow {

    /**
     * The items in reading order; those from {@code closingStart} to {@code closingEnd} (excluded) close it. The
     * rule holds on the compact sheet too: when its closing cannot stay on page one, the last row of exercises goes
     * over with it (eight exercises on page one, not "Avoid these" alone on page two).
     */
    record Flow(List<FlowItem> items, int closingStart, int closingEnd, int tighter) {}

    private HandoutFlow() {}

    /** Every arrangement the chosen layout offers, each closed and followed by the tracking chart. */
    static List<Flow> build(LayoutContext l, ExercisePictures pictures, Block logo) {
        float width = l.page.contentWidth();
        HandoutLayout layout = l.sheet.layout() == Layout.COMPACT
                ? new CompactLayout(l, pictures, logo)
                : new DetailedLayout(l, pictures, logo);
        List<FlowItem> tracking = l.content.trackingDays() > 0
                ? TrackingWeek.chart(l, l.content.exercises(), l.content.trackingDays(), width)
                : List.of();
        List<Flow> flows = new ArrayList<>();
        for (HandoutLayout.Arrangement arrangement : layout.arrangements()) {
            List<FlowItem> flow = new ArrayList<>(arrangement.items());
            int closingStart = arrangement.closingFrom();
            ClosingSection.build(l, width, flow, !arrangement.avoidFirst());
            int closingEnd = flow.size();
            flow.addAll(tracking);
            flows.add(new Flow(flow, closingStart, closingEnd, arrangement.tighter()));
        }
        return flows;
    }

    /**
     * The pages of the arrangement that takes the fewest. A safety box set closer than the most readable form
     * only wins by a page: on a tie the box as readable as the other's and then the first whose pages are all at
     * least 70% full but the last (a page left a third empty reads as the end), else the first.
     */
    static List<List<Paginator.Placed>> paginate(Paginator paginator, List<Flow> flows) {
        List<List<Paginator.Placed>> best = null;
        Flow bestFlow = null;
        for (Flow flow : flows) {
            List<List<Paginator.Placed>> pages = paginate(paginator, flow);
            boolean fewer = best == null || pages.size() < best.size();
            boolean fuller = best != null
                    && pages.size() == best.size()
                    && flow.tighter() == bestFlow.tighter()
                    && !wellFilled(paginator, best)
                    && wellFilled(paginator, pages);
            if (fewer || fuller) {
                best = pages;
                bestFlow = flow;
            }
        }
        return best;
    }

    private static boolean wellFilled(Paginator paginator, List<List<Paginator.Placed>> pages) {
        for (List<Paginator.Placed> page : pages.subList(0, pages.size() - 1)) {
            float used = 0;
            for (Paginator.Placed p : page) {
                used = Math.max(used, p.offset() + p.block().height());
            }
            if (used < 0.7f * paginator.bodyHeight()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pages; when the closing would stand alone on a page, the last item before it (the last exercise) is
     * kept with it and goes over to that page too.
     */
    static List<List<Paginator.Placed>> paginate(Paginator paginator, Flow flow) {
        List<List<Paginator.Placed>> pages = paginator.paginate(flow.items());
        if (flow.closingStart() == 0 || !closingAlone(pages, flow)) {
            return pages;
        }
        List<FlowItem> kept = new ArrayList<>(flow.items());
        int last = flow.closingStart() - 1;
        kept.set(last, kept.get(last).keptWithNext());
        return paginator.paginate(kept);
    }

    /**
     * Whether the page with the end of the closing (after page one) holds nothing from before the closing: only
     * "Avoid these" and the closing line, with neither an exercise nor the advice.
     */
    private static boolean closingAlone(List<List<Paginator.Placed>> pages, Flow flow) {
        if (flow.closingEnd() == flow.closingStart()) {
            return false;
        }
        Set<Block> before = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FlowItem item : flow.items().subList(0, flow.closingStart())) {
            before.add(item.block());
        }
        Block end = flow.items().get(flow.closingEnd() - 1).block();
        for (List<Paginator.Placed> page : pages.subList(1, pages.size())) {
            if (page.stream().anyMatch(p -> p.block() == end)) {
                return page.stream().noneMatch(p -> before.contains(p.block()));
            }
        }
        return false;
    }
}
