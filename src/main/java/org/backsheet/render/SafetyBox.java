package org.backsheet.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The "Your safety: when to stop and get help" box on page one, before the exercises: the fixed warning signs,
 * most urgent tier first, in columns; under it the general part (the sheet's own wording or the standard one).
 * White with a strong frame in the accent, so it is seen first and read without effort. The whole box stays on
 * page one with the header and the title, in every language and print size: it is set in the most readable of
 * a few forms that fits there. Only the general part under it may go on to page two.
 * What it says is resolved in {@link ContentResolver}: no sheet can reword or remove the signs.
 */
final class SafetyBox {

    /** One way to set the box: at most this many columns, the urgent signs in bold or not, the line spacing. */
    private record Form(int columns, boolean boldSigns, float leading) {}

    /**
     * Bold urgent signs in two columns; plain; three columns; then, for long languages in large print, lines a
     * little closer together (1.1 instead of 1.2: still more than a book's usual spacing at 16 pt).
     */
    private static final List<Form> FORMS = List.of(
            new Form(2, true, 1.2f),
            new Form(2, false, 1.2f),
            new Form(3, false, 1.2f),
            new Form(2, false, 1.1f),
            new Form(3, false, 1.1f));

    private SafetyBox() {}

    /**
     * The box and the text under it, in each form the layout may print. First the form a sheet gets when pages
     * allow: the first that fits in {@code room} (the height page one has left for it), else the lowest. Then
     * each lower two-column form after that one, lowest last: the layout prints one of those only where it
     * takes the handout a page fewer or fills its pages (see {@link HandoutFlow#paginate}). The same signs at the
     * same size, only closer together, are better than a page more to carry; three columns are never offered
     * for that, they read as crowded.
     */
    static List<Block> choices(LayoutContext l, float width, float room) {
        Block box = null;
        int chosen = FORMS.size() - 1;
        for (int i = 0; i < FORMS.size(); i++) {
            Block candidate = box(l, width, FORMS.get(i));
            if (box == null || candidate.height() < box.height()) {
                box = candidate;
            }
            if (candidate.height() <= room) {
                box = candidate;
                chosen = i;
                break;
            }
        }
        List<Block> boxes = new ArrayList<>(List.of(box));
        for (Form form : FORMS.subList(chosen + 1, FORMS.size())) {
            Block lower = box(l, width, form);
            if (form.columns() == 2
                    && lower.height() < boxes.get(boxes.size() - 1).height()) {
                boxes.add(lower);
            }
        }
        Typography t = l.type;
        HandoutContent.Safety safety = l.content.safety();
        List<Block> withGeneral = new ArrayList<>();
        for (Block b : boxes) {
            // the general part (see a doctor first) is not a warning sign: it goes under the box, so that the box
            // with every sign fits on page one even in large print; when space runs out only it goes on to page
            // two. The notes (heat and cold packs) are advice: they print under "Good to know", see
            // DetailedLayout.
            withGeneral.add(new StackBlock(List.of(b, TextBlock.of(l, safety.general(), t.body, width)), t.scale(2)));
        }
        return withGeneral;
    }

    private static Block box(LayoutContext l, float width, Form form) {
        Typography t = l.type;
        HandoutContent.Safety safety = l.content.safety();
        // thin paddings, not scaled with the type: every point of width saves lines in large print
        float pad = 6;
        float inner = BoxBlock.innerWidth(width, pad);
        List<Block> lines = new ArrayList<>();
        lines.add(TextBlock.of(l, safety.heading(), t.heading.withColor(Typography.INK), inner)
                .as(StandardStructureTypes.H2));
        TextStyle body = t.body.withLeading(form.leading());
        TextStyle bold = t.bodyBold.withLeading(form.leading());
        boolean mostUrgent = true;
        for (HandoutContent.Tier tier : safety.tiers()) {
            // the most urgent tier comes first and boldest, in its own heavy frame, so it cannot pass for the other
            float tierPad = mostUrgent ? 5 : 0;
            float tierWidth = BoxBlock.innerWidth(inner, tierPad);
            TextStyle signStyle = mostUrgent && form.boldSigns() ? bold : body;
            List<Block> tierLines = new ArrayList<>();
            tierLines.add(TextBlock.of(l, tier.heading(), bold, tierWidth).as(StandardStructureTypes.H3));
            tierLines.add(signs(l, tier, signStyle, form.columns(), tierWidth));
            if (mostUrgent) {
                lines.add(new BoxBlock(
                        new StackBlock(tierLines, t.scale(1)), inner, tierPad, Color.WHITE, Typography.INK, 2.5f));
            } else {
                lines.addAll(tierLines);
            }
            mostUrgent = false;
        }
        // no grey behind warning text (a long-sighted reader skipped it): white, with a strong frame instead
        return new BoxBlock(new StackBlock(lines, t.scale(1)), width, pad, Color.WHITE, Typography.ACCENT, 2f);
    }

    /** The signs as bullets in up to {@code columns} columns, as many as make the list lowest. */
    private static Block signs(LayoutContext l, HandoutContent.Tier tier, TextStyle style, int columns, float width) {
        Typography t = l.type;
        // a narrow bullet indent and column gap: each point of width saves wrapped lines in a box that must fit
        // on page one
        float indent = t.scale(10);
        return Columns.of(
                tier.signs(),
                w -> sign -> OpeningSection.bullet(l, sign, style, w, indent),
                columns,
                width,
                t.scale(1),
                t.scale(8));
    }
}
