package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The end of the program: the "Avoid these" box and a closing line that says it is the end and whom to call.
 * The box may continue on the next page; the closing line keeps with the box. The last exercise is not kept with
 * them: that rule moved whole cards and left pages half empty.
 */
final class ClosingSection {

    private ClosingSection() {}

    static void build(LayoutContext l, float width, List<FlowItem> flow) {
        build(l, width, flow, true);
    }

    /**
     * The closing; without the "Avoid these" box when {@code withAvoid} is false, because the layout printed it
     * earlier (see {@link DetailedLayout#arrangements}).
     */
    static void build(LayoutContext l, float width, List<FlowItem> flow, boolean withAvoid) {
        Typography t = l.type;
        HandoutContent c = l.content;
        // the compact sheet sets its closing like the rest of it: single-spaced, closer (ten exercises on one page)
        CompactType compact = new CompactType(t);
        float gap = l.compact() ? t.scale(6) : t.gap;
        if (!c.avoid().isEmpty() && l.compact() && withAvoid) {
            flow.add(FlowItem.of(
                            TextBlock.runIn(
                                    l,
                                    l.labels.get("section.avoid.runIn"),
                                    compact.bold,
                                    String.join(l.labels.get("list.semicolon"), c.avoid()),
                                    compact.body,
                                    width),
                            gap)
                    .keptWithNext());
        } else if (!c.avoid().isEmpty() && withAvoid) {
            flow.add(FlowItem.of(avoidBox(l, width), t.gap).keptWithNext());
        }
        flow.add(FlowItem.of(TextBlock.of(l, c.closing(), l.compact() ? compact.bold : t.bodyBold, width), gap));
        if (c.signatureLine()) {
            // the signature belongs to the program it confirms: never alone at the top of a page
            int last = flow.size() - 1;
            flow.set(last, flow.get(last).keptWithNext());
            flow.add(FlowItem.of(new SignatureBlock(l, width), t.gap * 1.5f));
        }
    }

    /** "Avoid these" as a framed box of bullets, in two columns when that is lower; null when there is nothing. */
    static Block avoidBox(LayoutContext l, float width) {
        Typography t = l.type;
        List<String> avoid = l.content.avoid();
        if (avoid.isEmpty()) {
            return null;
        }
        float pad = t.scale(5);
        float inner = BoxBlock.innerWidth(width, pad);
        List<Block> lines = new ArrayList<>();
        lines.add(
                TextBlock.of(l, l.labels.get("section.avoid"), t.heading, inner).as(StandardStructureTypes.H2));
        // short items in two columns when that is lower: a box of half-empty lines cost the last page room
        lines.add(
                Columns.of(avoid, w -> a -> OpeningSection.bullet(l, a, t.body, w), 2, inner, t.scale(1), t.scale(10)));
        return new BoxBlock(new StackBlock(lines, t.scale(1)), width, pad, null, Typography.ACCENT);
    }
}
