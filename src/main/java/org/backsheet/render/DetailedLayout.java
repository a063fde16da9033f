package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.backsheet.model.Sheet;
import org.backsheet.model.StandardTexts;

/**
 * Builds the blocks of the detailed handout in reading order: header, title, advice, one block per exercise;
 * and the boxes that close every handout ("Avoid these" and the disclaimer). Nothing is drawn here.
 */
final class DetailedLayout {

    private final LayoutContext l;
    private final ExercisePictures pictures;
    private final Block logo;
    private final float width;

    DetailedLayout(LayoutContext l, ExercisePictures pictures, Block logo) {
        this.l = l;
        this.pictures = pictures;
        this.logo = logo;
        this.width = l.page.contentWidth();
    }

    /** Opening and exercises; the closing boxes are added by {@link HandoutFlow}. */
    List<FlowItem> build(List<NumberedItems.Group> groups) {
        List<FlowItem> flow = new ArrayList<>();
        opening(l, logo, width, flow);
        exercises(groups, flow);
        return flow;
    }

    /** Header, rule, title and advice: the same on the detailed and the compact handout. */
    static void opening(LayoutContext l, Block logo, float width, List<FlowItem> flow) {
        Typography t = l.type;
        Sheet sheet = l.sheet;
        HeaderBlock header = HeaderBlock.build(l, logo, width);
        if (header != null) {
            flow.add(FlowItem.of(header, 0));
            flow.add(FlowItem.of(new RuleBlock(width, t.scale(14), 1.5f, Typography.ACCENT), 0));
        }
        String title = sheet.title() == null || sheet.title().isBlank() ? l.labels.get("title.default")
                : sheet.title().strip();
        flow.add(FlowItem.of(TextBlock.of(l, title, t.title, width).as(StandardStructureTypes.H1),
                header == null ? 0 : t.scale(4)));
        List<String> advice = sheet.advice() != null ? sheet.advice()
                : l.catalog.standardTexts(sheet.language()).advice();
        List<String> shown = advice.stream().filter(a -> a != null && !a.isBlank()).toList();
        if (!shown.isEmpty()) {
            flow.add(FlowItem.of(TextBlock.of(l, l.labels.get("section.advice"), t.heading, width)
                    .as(StandardStructureTypes.H2), t.gap)
                    .keptWithNext());
            for (String a : shown) {
                flow.add(FlowItem.of(bullet(l, a.strip(), t.body, width), t.scale(3)));
            }
        }
    }

    private void exercises(List<NumberedItems.Group> groups, List<FlowItem> flow) {
        Typography t = l.type;
        if (groups.isEmpty()) {
            return;
        }
        flow.add(FlowItem.of(TextBlock.of(l, l.labels.get("section.exercises"), t.heading, width)
                .as(StandardStructureTypes.H2), t.gap * 1.5f)
                .keptWithNext());
        boolean first = true;
        for (NumberedItems.Group group : groups) {
            boolean subHeading = l.sheet.groupByPosition();
            if (subHeading) {
                flow.add(FlowItem.of(groupHeading(l, group, width), first ? t.scale(4) : t.gap * 2).keptWithNext());
            }
            for (NumberedItems.Entry e : group.entries()) {
                Block block = ExerciseBlock.build(l, e.number(), e.item(), e.exercise(), pictures, width);
                boolean afterHeading = first || subHeading && e == group.entries().get(0);
                FlowItem item = FlowItem.of(block, afterHeading ? t.scale(6) : t.gap * 2);
                flow.add(afterHeading ? item : item.withRule());
                first = false;
            }
        }
    }

    /** "LYING ON YOUR BACK" above the exercises done in that position. */
    static Block groupHeading(LayoutContext l, NumberedItems.Group group, float width) {
        String label = l.labels.position(group.position()).toUpperCase(l.labels.locale());
        return new StackBlock(List.of(TextBlock.of(l, label, l.type.subheading, width).as(StandardStructureTypes.H3),
                new RuleBlock(width, l.type.scale(5), 1f, Typography.ACCENT)), 0);
    }

    /** The "Avoid these" box and the safety box (disclaimer and warning signs), which is always printed. */
    static void closing(LayoutContext l, float width, List<FlowItem> flow) {
        Typography t = l.type;
        StandardTexts standard = l.catalog.standardTexts(l.sheet.language());
        float pad = t.scale(10);
        float inner = BoxBlock.innerWidth(width, pad);
        List<String> avoid = standard.avoid().stream().filter(a -> a != null && !a.isBlank()).toList();
        if (!avoid.isEmpty()) {
            List<Block> lines = new ArrayList<>();
            lines.add(TextBlock.of(l, l.labels.get("section.avoid"), t.heading, inner).as(StandardStructureTypes.H2));
            for (String a : avoid) {
                lines.add(bullet(l, a.strip(), t.body, inner));
            }
            flow.add(FlowItem.of(new BoxBlock(new StackBlock(lines, t.scale(3)), width, pad, null,
                    Typography.ACCENT), t.gap * 2));
        }
        flow.add(FlowItem.of(SafetyBox.build(l, width), t.gap));
    }

    static Block bullet(LayoutContext l, String text, TextStyle style, float width) {
        TextStyle marker = style.withFont(l.type.fonts.bold).withColor(Typography.ACCENT);
        return TextBlock.marked(l, "\u2022", marker, l.type.scale(14), text, style, width)
                .as(StandardStructureTypes.LI);
    }
}
