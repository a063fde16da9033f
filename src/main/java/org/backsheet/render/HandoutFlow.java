package org.backsheet.render;

import java.util.List;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;

/** Puts the whole handout in reading order: the chosen layout, the closing boxes, signature, tracking chart. */
final class HandoutFlow {

    private HandoutFlow() {
    }

    static List<FlowItem> build(LayoutContext l, ExercisePictures pictures, Block logo) {
        Sheet sheet = l.sheet;
        float width = l.page.contentWidth();
        List<NumberedItems.Group> groups = NumberedItems.of(sheet, l.catalog, l.warnings, l.messages);
        List<FlowItem> flow = sheet.layout() == Layout.COMPACT
                ? new CompactLayout(l, pictures, logo).build(groups)
                : new DetailedLayout(l, pictures, logo).build(groups);
        DetailedLayout.closing(l, width, flow);
        if (sheet.signatureLine()) {
            // the signature belongs to the disclaimer it confirms: never alone at the top of a page
            int last = flow.size() - 1;
            flow.set(last, flow.get(last).keptWithNext());
            flow.add(FlowItem.of(new SignatureBlock(l, width), l.type.gap * 2));
        }
        Integer days = sheet.trackingDays();
        if (days != null && days > 0 && !groups.isEmpty()) {
            flow.addAll(TrackingWeek.chart(l, NumberedItems.flat(groups), Math.min(days, 366), width));
        }
        return flow;
    }
}
