package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * Builds the blocks of the detailed handout in reading order: the opening (header, title, safety box, plan,
 * advice), then one card per exercise, under position headings when the sheet groups them. Nothing is drawn here.
 */
final class DetailedLayout extends HandoutLayout {

    DetailedLayout(LayoutContext l, ExercisePictures pictures, Block logo) {
        super(l, pictures, logo);
    }

    /** Opening and exercises; the closing is added by {@link HandoutFlow}. */
    @Override
    List<FlowItem> build() {
        List<FlowItem> flow = new ArrayList<>();
        OpeningSection.build(l, logo, width, flow);
        Typography t = l.type;
        if (l.content.groups().isEmpty()) {
            return flow;
        }
        OpeningSection.exercisesHeading(l, width, flow);
        boolean first = true;
        for (HandoutContent.Group group : l.content.groups()) {
            if (group.heading() != null) {
                flow.add(FlowItem.of(groupHeading(l, group.heading(), width), first ? t.scale(4) : t.gap * 1.5f)
                        .keptWithNext());
            }
            for (ExerciseContent e : group.exercises()) {
                boolean afterHeading = first
                        || group.heading() != null && e == group.exercises().get(0);
                FlowItem item = FlowItem.of(ExerciseCard.build(l, e, pictures, width), afterHeading ? t.scale(4) : 12);
                flow.add(afterHeading ? item : item.withRule());
                first = false;
            }
        }
        return flow;
    }

    /** "Lying on your back" above the exercises done in that position. */
    static Block groupHeading(LayoutContext l, String heading, float width) {
        return new StackBlock(
                List.of(
                        TextBlock.of(l, heading, l.type.subheading, width).as(StandardStructureTypes.H3),
                        new RuleBlock(width, l.type.scale(5), 1f, Typography.ACCENT)),
                0);
    }
}
