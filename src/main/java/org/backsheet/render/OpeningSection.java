package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The top of page one, the same on every layout: header, title and the safety box (before any exercise); then
 * the heading of the exercises with the daily plan under it; and the advice ("Good to know"), which both layouts
 * print after the exercises. The safety box and the advice may continue
 * on the next page; their headings never end a page alone.
 */
final class OpeningSection {

    private OpeningSection() {}

    /**
     * The top of page one with the safety box in each form {@link SafetyBox#choices} offers, the most readable
     * first.
     */
    static List<List<FlowItem>> choices(LayoutContext l, Block logo, float width) {
        List<FlowItem> above = new ArrayList<>();
        top(l, logo, width, null, above);
        // what page one has left for the safety box under the header and the title, above the footer
        float room = l.page.top() - l.page.bottom() - new Footer(l, width).height() - l.type.scale(6);
        for (FlowItem item : above) {
            room -= item.block().height() + item.spaceBefore();
        }
        List<List<FlowItem>> openings = new ArrayList<>();
        for (Block box : SafetyBox.choices(l, width, room)) {
            List<FlowItem> opening = new ArrayList<>();
            top(l, logo, width, box, opening);
            openings.add(opening);
        }
        return openings;
    }

    /** Header, title and the given safety box (none when null): what every layout prints first. */
    static void top(LayoutContext l, Block logo, float width, Block safetyBox, List<FlowItem> flow) {
        Typography t = l.type;
        HandoutContent c = l.content;
        HeaderBlock header = HeaderBlock.build(l, logo, width);
        if (header != null) {
            flow.add(FlowItem.of(header, 0));
            flow.add(FlowItem.of(new RuleBlock(width, t.scale(8), 1.5f, Typography.ACCENT), 0));
        }
        flow.add(FlowItem.of(
                TextBlock.of(l, c.title(), t.title, width).as(StandardStructureTypes.H1),
                header == null ? 0 : t.scale(2)));
        if (safetyBox != null) {
            flow.add(FlowItem.of(safetyBox, t.scale(6)));
        }
    }

    /** "Good to know": the advice as bullets, nothing when there is none. */
    static void advice(LayoutContext l, float width, List<FlowItem> flow) {
        advice(l, l.content.advice(), width, flow);
    }

    /** "Good to know" with the given bullets, nothing when there are none. */
    static void advice(LayoutContext l, List<String> bullets, float width, List<FlowItem> flow) {
        Typography t = l.type;
        if (!bullets.isEmpty()) {
            List<Block> lines = new ArrayList<>();
            lines.add(heading(l, l.labels.get("section.advice"), width));
            for (String a : bullets) {
                lines.add(bullet(l, a, t.body, width));
            }
            flow.add(FlowItem.of(new StackBlock(lines, t.scale(2)), t.gap));
        }
    }

    /**
     * "Your exercises" and, under it, the day worked out from the doses ({@link PlanPanel}), what a set is when a
     * dose uses sets, and what the patient needs. Kept with the first exercise when there is no plan to print.
     */
    static void exercisesHeading(LayoutContext l, float width, List<FlowItem> flow) {
        Typography t = l.type;
        List<Block> lines = new ArrayList<>();
        lines.add(heading(l, l.labels.get("section.exercises"), width));
        List<Block> plan = PlanPanel.lines(l, width);
        lines.addAll(plan);
        if (anyInSets(l)) {
            lines.add(TextBlock.of(l, l.labels.get("plan.sets"), t.body, width));
        }
        if (!l.content.equipment().isEmpty()) {
            // with the plan, so that it is seen before the first exercise
            String things = String.join(l.labels.get("plan.list.separator"), l.content.equipment());
            lines.add(TextBlock.runIn(l, l.labels.get("need.label"), t.bodyBold, things, t.body, width));
        }
        // with the plan under it the heading is not alone, so it may end a page above the first exercise
        // never cut: a plan whose second session is on the next page reads as a one-session day
        // 1 pt between its lines, not 2: the plan and "What you need" share page one with the first exercise
        FlowItem item = FlowItem.of(new Unbroken(new StackBlock(lines, t.scale(1))), t.gap);
        flow.add(plan.isEmpty() ? item.keptWithNext() : item);
    }

    /** Whether an exercise is dosed in sets, so that the word needs saying once. */
    private static boolean anyInSets(LayoutContext l) {
        for (ExerciseContent e : l.content.exercises()) {
            Integer sets =
                    e.missing() ? null : e.item().effectiveDose(e.exercise()).sets();
            if (sets != null) {
                return true;
            }
        }
        return false;
    }

    static Block heading(LayoutContext l, String text, float width) {
        return TextBlock.of(l, text, l.type.heading, width).as(StandardStructureTypes.H2);
    }

    static Block bullet(LayoutContext l, String text, TextStyle style, float width) {
        return bullet(l, text, style, width, l.type.scale(14));
    }

    /** A bullet with its text {@code indent} from the left: the safety box's columns use a narrow one. */
    static Block bullet(LayoutContext l, String text, TextStyle style, float width, float indent) {
        return TextBlock.marked(l, HangingMarker.bullet(l, style, indent), text, style, width)
                .as(StandardStructureTypes.LI);
    }
}
