package org.backsheet.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The "Your safety: when to stop and get help" box on page one, before the exercises: the fixed warning signs,
 * most urgent tier first, in columns; under it the general part (the sheet's own wording or the standard one) and
 * the safety notes. Outlined in the accent and filled, so it is seen first; it may continue on the next page
 * (never its heading alone) but is made low enough to fit on page one with the header, large print included.
 * What it says is resolved in {@link ContentResolver}: no sheet can reword or remove the signs.
 */
final class SafetyBox {

    private SafetyBox() {}

    static Block build(LayoutContext l, float width) {
        Typography t = l.type;
        HandoutContent.Safety safety = l.content.safety();
        // thin paddings, not scaled with the type: every point of width saves lines in large print
        float pad = 6;
        float inner = BoxBlock.innerWidth(width, pad);
        List<Block> lines = new ArrayList<>();
        lines.add(TextBlock.of(l, safety.heading(), t.heading.withColor(Typography.INK), inner)
                .as(StandardStructureTypes.H2));
        boolean mostUrgent = true;
        for (HandoutContent.Tier tier : safety.tiers()) {
            // the most urgent tier sits in a white box with a dark frame, so it cannot pass for the other one
            float tierPad = mostUrgent ? 4 : 0;
            float tierWidth = BoxBlock.innerWidth(inner, tierPad);
            List<Block> tierLines = new ArrayList<>();
            tierLines.add(TextBlock.of(l, tier.heading(), t.bodyBold, tierWidth).as(StandardStructureTypes.H3));
            tierLines.addAll(signs(l, tier, tierWidth));
            if (mostUrgent) {
                lines.add(new BoxBlock(
                        new StackBlock(tierLines, t.scale(1)), inner, tierPad, Color.WHITE, Typography.INK));
            } else {
                lines.addAll(tierLines);
            }
            mostUrgent = false;
        }
        Block box = new BoxBlock(new StackBlock(lines, t.scale(1)), width, pad, Typography.FILL, Typography.ACCENT);
        // the general part (see a doctor first) and the notes (heat and cold packs) are not warning signs: they go
        // under the box, so that the box with every sign fits on page one even in large print; when space runs
        // out only they go on to page two
        List<Block> below = new ArrayList<>(List.of(box, TextBlock.of(l, safety.general(), t.body, width)));
        for (String note : safety.notes()) {
            below.add(TextBlock.of(l, note, t.body, width));
        }
        return new StackBlock(below, t.scale(2));
    }

    /**
     * The signs as bullets in up to three columns, as many as make the list lowest: the whole box has to fit on
     * page one with the header, even in large print.
     */
    private static List<Block> signs(LayoutContext l, HandoutContent.Tier tier, float width) {
        Typography t = l.type;
        return List.of(Columns.of(
                tier.signs(),
                w -> sign -> OpeningSection.bullet(l, sign, t.body, w),
                3,
                width,
                t.scale(1),
                t.scale(10)));
    }
}
