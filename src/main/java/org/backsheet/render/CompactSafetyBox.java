package org.backsheet.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The safety box of the compact sheet: the same words as the detailed sheet's (see {@link SafetyBox}), every
 * warning sign included, but each tier runs on as one paragraph after its bold lead-in, so the box takes a third
 * of page one instead of half and ten exercises still fit beside it. The most urgent tier keeps its white,
 * dark-framed box. The heat and cold notes close the box, as on the detailed sheet.
 */
final class CompactSafetyBox {

    private CompactSafetyBox() {}

    static Block build(LayoutContext l, float width) {
        Typography t = l.type;
        CompactType c = new CompactType(t);
        HandoutContent.Safety safety = l.content.safety();
        float pad = t.scale(5);
        float inner = BoxBlock.innerWidth(width, pad);
        List<Block> lines = new ArrayList<>();
        lines.add(SpanParagraph.lead(l, safety.heading() + ".", c.bold, safety.general(), c.body, inner));
        boolean mostUrgent = true;
        for (HandoutContent.Tier tier : safety.tiers()) {
            float tierPad = mostUrgent ? t.scale(4) : 0;
            Block paragraph = SpanParagraph.lead(
                    l,
                    tier.heading(),
                    c.bold,
                    String.join(l.labels.get("list.semicolon"), tier.signs()),
                    c.body,
                    BoxBlock.innerWidth(inner, tierPad));
            lines.add(mostUrgent ? new BoxBlock(paragraph, inner, tierPad, Color.WHITE, Typography.INK) : paragraph);
            mostUrgent = false;
        }
        for (String note : safety.notes()) {
            lines.add(TextBlock.of(l, note, c.body, inner));
        }
        return new BoxBlock(new StackBlock(lines, t.scale(2)), width, pad, Typography.FILL, Typography.ACCENT);
    }
}
