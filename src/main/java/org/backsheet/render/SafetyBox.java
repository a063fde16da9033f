package org.backsheet.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The "Your safety: when to stop and get help" box on page one, before the exercises: the general part (the
 * sheet's own wording or the standard one), then the fixed warning signs, most urgent tier first. Outlined in
 * the accent and filled, so it is seen first; it may continue on the next page (never its heading alone). What
 * it says is resolved in {@link ContentResolver}: no sheet can reword or remove the signs.
 */
final class SafetyBox {

    private SafetyBox() {}

    static Block build(LayoutContext l, float width) {
        Typography t = l.type;
        HandoutContent.Safety safety = l.content.safety();
        float pad = t.scale(7);
        float inner = BoxBlock.innerWidth(width, pad);
        List<Block> lines = new ArrayList<>();
        lines.add(TextBlock.of(l, safety.heading(), t.heading.withColor(Typography.INK), inner)
                .as(StandardStructureTypes.H2));
        lines.add(TextBlock.of(l, safety.general(), t.body, inner));
        boolean mostUrgent = true;
        for (HandoutContent.Tier tier : safety.tiers()) {
            // the most urgent tier sits in a white box with a dark frame, so it cannot pass for the other one
            float tierPad = mostUrgent ? t.scale(5) : 0;
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
        for (String note : safety.notes()) {
            lines.add(TextBlock.of(l, note, t.body, inner));
        }
        return new BoxBlock(new StackBlock(lines, t.scale(1)), width, pad, Typography.FILL, Typography.ACCENT);
    }

    /**
     * The signs as bullets, in two columns when that is shorter: the whole box has to fit on page one, even in
     * large print.
     */
    private static List<Block> signs(LayoutContext l, HandoutContent.Tier tier, float width) {
        Typography t = l.type;
        List<Block> one = new ArrayList<>();
        for (String sign : tier.signs()) {
            one.add(OpeningSection.bullet(l, sign, t.body, width));
        }
        if (one.size() < 4) {
            return one;
        }
        float columnGap = t.scale(12);
        float columnWidth = (width - columnGap) / 2;
        List<Block> narrow = new ArrayList<>();
        for (String sign : tier.signs()) {
            narrow.add(OpeningSection.bullet(l, sign, t.body, columnWidth));
        }
        TwoColumns columns =
                TwoColumns.ifShorter(narrow, t.scale(1), columnWidth + columnGap, new StackBlock(one, t.scale(1)));
        return columns == null ? one : List.of(columns);
    }
}
