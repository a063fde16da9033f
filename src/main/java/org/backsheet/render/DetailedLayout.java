package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * Builds the blocks of the detailed handout in reading order: the opening (header, title, safety box, plan), then
 * one card per exercise, under position headings when the sheet groups them, then the advice. Nothing is drawn
 * here.
 */
final class DetailedLayout extends HandoutLayout {

    DetailedLayout(LayoutContext l, ExercisePictures pictures, Block logo) {
        super(l, pictures, logo);
    }

    /** Opening, exercises and advice; the closing is added by {@link HandoutFlow}. */
    @Override
    List<FlowItem> build() {
        return arrangements().get(0).items();
    }

    /**
     * The same blocks in three orders: "Good to know" (the advice, with the notes on heat and cold packs) after the
     * exercises, where it divides between its bullets to fill the last page and leaves page one room for the
     * first exercise; or before the plan, where it fills page one when no exercise fits there; or after the
     * exercises with the "Avoid these" box moved up under the safety box. That last order is for when neither of
     * the others lets the pages take whole cards: "Avoid these" is a few lines lower than the advice, and it is
     * safety too (what not to do), so it reads well beside the box; the handout still ends with the advice and the
     * closing line (eight cards of the advanced sample: 3 pages instead of 4). Each order comes with the safety
     * box in its most readable form first, then in the lower forms that may let the first exercise onto page one;
     * a lower form is printed only where it takes a page fewer (see {@link HandoutFlow#paginate}).
     */
    @Override
    List<Arrangement> arrangements() {
        List<FlowItem> exercises = new ArrayList<>();
        if (!l.content.groups().isEmpty()) {
            exercises(exercises);
        }
        List<String> bullets = new ArrayList<>(l.content.advice());
        bullets.addAll(l.content.safety().notes());
        List<FlowItem> advice = new ArrayList<>();
        OpeningSection.advice(l, bullets, width, advice);
        Block avoid = ClosingSection.avoidBox(l, width);
        List<Arrangement> arrangements = new ArrayList<>();
        List<List<FlowItem>> openings = OpeningSection.choices(l, logo, width);
        for (int tighter = 0; tighter < openings.size(); tighter++) {
            List<FlowItem> opening = openings.get(tighter);
            List<FlowItem> after = new ArrayList<>(opening);
            after.addAll(exercises);
            if (!advice.isEmpty()) {
                // its end goes over with the "Avoid these" box, which must not stand alone on a page
                after.add(advice.get(0).keptWithNext());
            }
            arrangements.add(new Arrangement(after, after.size(), tighter));
            if (!advice.isEmpty() && !exercises.isEmpty()) {
                List<FlowItem> before = new ArrayList<>(opening);
                before.addAll(advice);
                before.addAll(exercises);
                arrangements.add(new Arrangement(before, before.size(), tighter));
            }
            if (avoid != null && !exercises.isEmpty()) {
                List<FlowItem> avoidFirst = new ArrayList<>(opening);
                avoidFirst.add(FlowItem.of(avoid, l.type.gap));
                avoidFirst.addAll(exercises);
                // the advice's end goes over with the closing line, which must not stand alone on a page
                advice.forEach(a -> avoidFirst.add(a.keptWithNext()));
                arrangements.add(new Arrangement(avoidFirst, avoidFirst.size(), tighter, true));
            }
        }
        return arrangements;
    }

    private void exercises(List<FlowItem> flow) {
        Typography t = l.type;
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
                FlowItem item = FlowItem.of(ExerciseCard.build(l, e, pictures, width), afterHeading ? t.scale(4) : 8);
                flow.add(afterHeading ? item : item.withRule());
                first = false;
            }
        }
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
