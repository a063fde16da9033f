package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.backsheet.render.pdf.StructureCursor;

/**
 * One week of the tracking chart: a grey header row of day numbers, then one row per exercise with a box to
 * tick for each day, several boxes when the exercise is done more than once a day. Boxes are at least 6 mm
 * (8 mm in large print) so a shaky hand can tick them; a week is never divided across pages.
 */
final class TrackingWeek implements Block {

    private record Row(TextBlock name, int timesPerDay, float height) {}

    private static final float MM = 72f / 25.4f;

    private final String weekLabel;
    private final List<String> dayLabels;
    private final List<Row> rows = new ArrayList<>();
    private final TextStyle headerStyle;
    private final float width;
    private final float nameWidth;
    private final float dayWidth;
    private final float pad;
    private final float box;
    private final float boxGap;
    private final float headerHeight;
    private final LayoutContext context;
    private final int week;
    private final int firstDay;
    private final int days;
    private final int perLine;
    private final List<ExerciseContent> entries;

    TrackingWeek(LayoutContext l, int week, int firstDay, int days, List<ExerciseContent> entries, float width) {
        Typography t = l.type;
        this.context = l;
        this.week = week;
        this.firstDay = firstDay;
        this.days = days;
        this.entries = List.copyOf(entries);
        this.width = width;
        this.headerStyle = t.tableHeader;
        this.pad = t.scale(4);
        this.nameWidth = Math.round(width * (t.large ? 0.3f : 0.34f));
        this.dayWidth = (width - nameWidth) / 7f;
        this.boxGap = t.scale(3);
        this.box = (t.large ? 8 : 6) * MM;
        this.perLine = Math.max(1, (int) ((dayWidth - 2 * pad + boxGap) / (box + boxGap)));
        this.weekLabel = l.cleanLine(l.labels.format("tracking.week", week));
        this.dayLabels = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            dayLabels.add(l.cleanLine(l.labels.number(firstDay + d)));
        }
        this.headerHeight = headerStyle.lineHeight() + 2 * pad * 0.6f;
        TextStyle nameStyle = t.tableValue;
        for (ExerciseContent e : entries) {
            String name = e.chartName();
            TextBlock text = TextBlock.marked(
                    l,
                    l.labels.number(e.number()),
                    t.tableValue.withFont(t.fonts.bold).withColor(Typography.ACCENT),
                    l.width("00", nameStyle) + t.scale(4),
                    name,
                    nameStyle,
                    nameWidth - 2 * pad);
            int n = e.timesPerDay();
            int lines = (n + perLine - 1) / perLine;
            float boxes = lines * box + (lines - 1) * boxGap;
            rows.add(new Row(text, n, Math.max(text.height(), boxes) + 2 * pad));
        }
    }

    @Override
    public String describe() {
        return weekLabel + " (" + rows.size() + " rows)";
    }

    @Override
    public float height() {
        float h = headerHeight;
        for (Row r : rows) {
            h += r.height();
        }
        return h;
    }

    /** A week with more exercises than a page holds continues on the next page under its own header row. */
    @Override
    public List<Block> split(float maxHeight) {
        List<Block> pieces = new ArrayList<>();
        int from = 0;
        float used = headerHeight;
        for (int i = 0; i < rows.size(); i++) {
            if (i > from && used + rows.get(i).height() > maxHeight) {
                pieces.add(new TrackingWeek(context, week, firstDay, days, entries.subList(from, i), width));
                from = i;
                used = headerHeight;
            }
            used += rows.get(i).height();
        }
        pieces.add(new TrackingWeek(context, week, firstDay, days, entries.subList(from, rows.size()), width));
        return pieces;
    }

    /** Tagged as a table: the week and day numbers head the columns, each exercise's name starts its row. */
    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        float gridWidth = nameWidth + dayLabels.size() * dayWidth;
        canvas.fillRect(Typography.FILL, x, top - headerHeight, gridWidth, headerHeight);
        StructureCursor.Table table = canvas.tags().table(rows.size() + 1, dayLabels.size() + 1, true);
        float textTop = top - pad * 0.6f;
        table.cell(0, 0, () -> canvas.textInBox(weekLabel, headerStyle, x + pad, textTop));
        for (int d = 0; d < dayLabels.size(); d++) {
            String label = dayLabels.get(d);
            float cx = x + nameWidth + d * dayWidth + (dayWidth - TextWrapper.width(label, headerStyle)) / 2;
            table.cell(0, d + 1, () -> canvas.textInBox(label, headerStyle, cx, textTop));
        }
        float y = top - headerHeight;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            float rowTop = y;
            table.cell(r + 1, 0, () -> row.name().draw(canvas, x + pad, rowTop - pad));
            for (int d = 0; d < dayLabels.size(); d++) {
                drawBoxes(canvas, row, x + nameWidth + d * dayWidth, y);
            }
            y -= row.height();
            canvas.line(Typography.RULE, 0.75f, x, y, x + gridWidth, y);
        }
        for (int d = 0; d <= dayLabels.size(); d++) {
            float lx = x + nameWidth + d * dayWidth;
            canvas.line(Typography.RULE, 0.75f, lx, top, lx, y);
        }
    }

    private void drawBoxes(PageCanvas canvas, Row row, float cellX, float cellTop) throws IOException {
        int n = row.timesPerDay();
        int lines = (n + perLine - 1) / perLine;
        float blockHeight = lines * box + (lines - 1) * boxGap;
        float startY = cellTop - (row.height() - blockHeight) / 2;
        for (int i = 0; i < n; i++) {
            int line = i / perLine;
            int col = i % perLine;
            int inLine = line == lines - 1 ? n - line * perLine : Math.min(n, perLine);
            float lineWidth = inLine * box + (inLine - 1) * boxGap;
            float bx = cellX + (dayWidth - lineWidth) / 2 + col * (box + boxGap);
            float by = startY - line * (box + boxGap) - box;
            canvas.strokeRoundedRect(Typography.INK, 0.7f, bx, by, box, box, box * 0.15f);
        }
    }

    /**
     * The whole chart: heading, a line of explanation, and one block per week; it may continue on the next page
     * between two weeks, never inside one, and the explanation stays with the first week.
     */
    static List<FlowItem> chart(LayoutContext l, List<ExerciseContent> entries, int days, float width) {
        Typography t = l.type;
        List<Block> parts = new ArrayList<>();
        parts.add(TextBlock.of(l, l.labels.get("tracking.title"), t.heading, width)
                .as(StandardStructureTypes.H2));
        parts.add(Unbroken.keptWithNext(TextBlock.of(l, l.labels.get("tracking.intro"), t.body, width)));
        for (int first = 1, week = 1; first <= days; first += 7, week++) {
            parts.add(new TrackingWeek(l, week, first, Math.min(7, days - first + 1), entries, width));
        }
        return List.of(FlowItem.of(new StackBlock(parts, t.scale(8)), t.gap * 2.5f));
    }
}
