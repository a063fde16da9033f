package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.backsheet.model.StandardTexts;
import org.backsheet.model.WarningSigns;

/**
 * The grey "Your safety: when to stop and get help" box: the disclaimer (the sheet's own wording or the standard
 * one), then the warning signs in two tiers. The signs come only from the program's standard texts, so no sheet
 * can reword or remove them.
 */
final class SafetyBox {

    private SafetyBox() {
    }

    static Block build(LayoutContext l, float width) {
        Typography t = l.type;
        StandardTexts standard = l.catalog.standardTexts(l.sheet.language());
        float pad = t.scale(10);
        float inner = BoxBlock.innerWidth(width, pad);
        String disclaimer = firstNonBlank(l.sheet.disclaimer(), standard.disclaimer(),
                l.labels.get("disclaimer.fallback"));
        List<Block> lines = new ArrayList<>();
        lines.add(TextBlock.of(l, l.labels.get("section.disclaimer"), t.heading.withColor(Typography.INK), inner)
                .as(StandardStructureTypes.H2));
        lines.add(TextBlock.of(l, disclaimer, t.body, inner));
        for (WarningSigns.Tier tier : standard.warningSigns().tiers()) {
            lines.add(TextBlock.of(l, tier.heading().strip(), t.bodyBold, inner).as(StandardStructureTypes.H3));
            for (String sign : tier.signs()) {
                lines.add(DetailedLayout.bullet(l, sign.strip(), t.body, inner));
            }
        }
        return new BoxBlock(new StackBlock(lines, t.scale(4)), width, pad, Typography.FILL, null);
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }
}
