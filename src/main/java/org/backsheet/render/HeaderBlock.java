package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The top of page one: the clinic (logo, name, contact) on the left; patient, clinician and date on the right. */
final class HeaderBlock implements Block {

    private final Block left;
    private final Block right;
    private final float rightX;

    private HeaderBlock(Block left, Block right, float rightX) {
        this.left = left;
        this.right = right;
        this.rightX = rightX;
    }

    /** The header, or null when the sheet names neither clinic, patient, clinician nor date. */
    static HeaderBlock build(LayoutContext l, Block logo, float width) {
        HandoutContent.Header h = l.content.header();
        Typography t = l.type;
        float gutter = t.scale(16);
        List<String[]> rows = new ArrayList<>();
        addRow(rows, l.labels.get("header.patient"), h.patient());
        addRow(rows, l.labels.get("header.clinician"), h.clinician());
        addRow(rows, l.labels.get("header.date"), h.date());
        TextStyle labelStyle = t.body;
        float labelWidth = 0;
        float valueWidth = 0;
        for (String[] row : rows) {
            labelWidth = Math.max(labelWidth, l.width(l.cleanLine(row[0]), labelStyle));
            valueWidth = Math.max(valueWidth, l.width(l.cleanLine(row[1]), t.bodyBold));
        }
        // the right column takes what its rows need, between 40 and 55 percent of the width
        float rightWidth = Math.max(0.40f * width, Math.min(0.55f * width, labelWidth + t.scale(8) + valueWidth + 1));
        float leftWidth = width - gutter - rightWidth;
        List<Block> left = new ArrayList<>();
        if (logo != null) {
            left.add(logo);
        }
        if (h.clinicName() != null) {
            left.add(TextBlock.of(l, h.clinicName(), t.clinicName, leftWidth));
        }
        if (h.clinicContact() != null) {
            left.add(TextBlock.of(l, h.clinicContact(), t.body, leftWidth));
        }
        if (left.isEmpty() && rows.isEmpty()) {
            return null;
        }
        float indent = Math.min(labelWidth + t.scale(8), rightWidth / 2);
        List<Block> right = new ArrayList<>();
        for (String[] row : rows) {
            right.add(TextBlock.marked(l, row[0], labelStyle, indent, row[1], t.bodyBold, rightWidth));
        }
        return new HeaderBlock(new StackBlock(left, t.scale(4)), new StackBlock(right, t.scale(2)), width - rightWidth);
    }

    private static void addRow(List<String[]> rows, String label, String value) {
        if (value != null) {
            rows.add(new String[] {label, value});
        }
    }

    @Override
    public float height() {
        return Math.max(left.height(), right.height());
    }

    /** Only for absurdly long names: the clinic first, then the patient details below it. */
    @Override
    public List<Block> split(float maxHeight) {
        return new StackBlock(List.of(left, new IndentBlock(right, rightX)), 0).split(maxHeight);
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        left.draw(canvas, x, top);
        right.draw(canvas, x + rightX, top);
    }
}
