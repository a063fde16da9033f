package org.backsheet.render;

import java.util.List;
import org.backsheet.model.Layout;

/** Puts the whole handout in reading order: the chosen layout, the closing, signature, tracking chart. */
final class HandoutFlow {

    private HandoutFlow() {}

    static List<FlowItem> build(LayoutContext l, ExercisePictures pictures, Block logo) {
        float width = l.page.contentWidth();
        List<FlowItem> flow = l.sheet.layout() == Layout.COMPACT
                ? new CompactLayout(l, pictures, logo).build()
                : new DetailedLayout(l, pictures, logo).build();
        ClosingSection.build(l, width, flow);
        if (l.content.trackingDays() > 0) {
            flow.addAll(TrackingWeek.chart(l, l.content.exercises(), l.content.trackingDays(), width));
        }
        return flow;
    }
}
