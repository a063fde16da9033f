package org.backsheet.render;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Clinic;
import org.backsheet.model.Sheet;

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
        Sheet sheet = l.sheet;
        Typography t = l.type;
        float gutter = t.scale(16);
        List<String[]> rows = new ArrayList<>();
        addRow(rows, l.labels.get("header.patient"), sheet.patient());
        addRow(rows, l.labels.get("header.clinician"), sheet.clinician());
        if (sheet.date() != null) {
            // the language's own order (21 November 2026, not the US November 21, 2026 that English defaults to)
            DateTimeFormatter format = DateTimeFormatter.ofPattern(l.labels.get("header.date.pattern"),
                    l.labels.locale());
            addRow(rows, l.labels.get("header.date"), sheet.date().format(format));
        }
        TextStyle labelStyle = t.small.withColor(Typography.GREY_TEXT);
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
        Clinic clinic = sheet.clinic();
        if (!isBlank(clinic.name())) {
            left.add(TextBlock.of(l, clinic.name().strip(), t.clinicName, leftWidth));
        }
        if (!isBlank(clinic.contact())) {
            left.add(TextBlock.of(l, clinic.contact().strip(), t.small.withColor(Typography.GREY_TEXT), leftWidth));
        }
        if (left.isEmpty() && rows.isEmpty()) {
            return null;
        }
        float indent = Math.min(labelWidth + t.scale(8), rightWidth / 2);
        List<Block> right = new ArrayList<>();
        for (String[] row : rows) {
            right.add(TextBlock.marked(l, row[0], labelStyle, indent, row[1], t.bodyBold, rightWidth));
        }
        return new HeaderBlock(new StackBlock(left, t.scale(4)), new StackBlock(right, t.scale(2)),
                width - rightWidth);
    }

    private static void addRow(List<String[]> rows, String label, String value) {
        if (!isBlank(value)) {
            rows.add(new String[] {label, value.strip()});
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
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
