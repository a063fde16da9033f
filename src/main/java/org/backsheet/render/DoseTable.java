package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backsheet.render.pdf.StructureCursor;

/**
 * The dose as a small table: a grey header row of plain words over a row of values with big numbers. Columns
 * that do not fit beside each other continue in a second band below.
 */
final class DoseTable implements Block {

    private record Cell(float width, List<String> header, DoseColumns.Column value, List<String> wrappedValue) {
    }

    private record Band(List<Cell> cells, float headerHeight, float valueHeight) {
        float height() {
            return headerHeight + valueHeight;
        }
    }

    private final List<Band> bands = new ArrayList<>();
    private final TextStyle headerStyle;
    private final TextStyle valueStyle;
    private final TextStyle numberStyle;
    private final float pad;
    private final float bandGap;
    private boolean wrapHeaders;

    DoseTable(LayoutContext l, List<DoseColumns.Column> columns, float width) {
        Typography t = l.type;
        headerStyle = t.tableHeader;
        valueStyle = t.tableValue;
        numberStyle = t.tableNumber;
        pad = t.scale(6);
        bandGap = t.scale(6);
        List<DoseColumns.Column> clean = new ArrayList<>();
        for (DoseColumns.Column raw : columns) {
            clean.add(new DoseColumns.Column(l.cleanLine(raw.header()), l.cleanLine(raw.before()),
                    l.cleanLine(raw.number()), l.cleanLine(raw.after())));
        }
        // Headers on two lines ("Times a / day") beat a second band of columns; only when one row is too wide.
        wrapHeaders = totalWidth(l, clean) > width;
        if (wrapHeaders && totalWidth(l, clean) > width) {
            wrapHeaders = false;
        }
        List<DoseColumns.Column> band = new ArrayList<>();
        float used = 0;
        for (DoseColumns.Column c : clean) {
            float w = Math.min(width, naturalWidth(l, c));
            if (!band.isEmpty() && used + w > width) {
                bands.add(layoutBand(l, band, width));
                band = new ArrayList<>();
                used = 0;
            }
            band.add(c);
            used += w;
        }
        if (!band.isEmpty()) {
            bands.add(layoutBand(l, band, width));
        }
    }

    boolean isEmpty() {
        return bands.isEmpty();
    }

    private float totalWidth(LayoutContext l, List<DoseColumns.Column> columns) {
        float total = 0;
        for (DoseColumns.Column c : columns) {
            total += naturalWidth(l, c);
        }
        return total;
    }

    /** Width a column needs: its value on one line and its header on one line, or its longest header word. */
    private float naturalWidth(LayoutContext l, DoseColumns.Column c) {
        float header = 0;
        if (wrapHeaders) {
            for (String word : c.header().split(" ")) {
                header = Math.max(header, l.width(word, headerStyle));
            }
        } else {
            header = l.width(c.header(), headerStyle);
        }
        return Math.max(header, valueWidth(l, c)) + 2 * pad;
    }

    private float valueWidth(LayoutContext l, DoseColumns.Column c) {
        return l.width(l.cleanLine(c.before()), valueStyle) + l.width(l.cleanLine(c.number()), numberStyle)
                + l.width(l.cleanLine(c.after()), valueStyle);
    }

    /** Shares the band's spare width out evenly so the table spans the column; wraps what is still too wide. */
    private Band layoutBand(LayoutContext l, List<DoseColumns.Column> columns, float width) {
        float[] widths = new float[columns.size()];
        float total = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.min(width, naturalWidth(l, columns.get(i)));
            total += widths[i];
        }
        float widest = 0;
        for (float w : widths) {
            widest = Math.max(widest, w);
        }
        if (widest * widths.length <= width) {
            // equal columns read tidier whenever the widest one allows it
            Arrays.fill(widths, widest);
            total = widest * widths.length;
        }
        float extra = Math.max(0, (width - total) / widths.length);
        List<Cell> cells = new ArrayList<>();
        int headerLines = 1;
        int valueLines = 1;
        for (int i = 0; i < widths.length; i++) {
            DoseColumns.Column c = columns.get(i);
            float w = widths[i] + extra;
            List<String> header = l.wrap(l.cleanLine(c.header()), headerStyle, w - 2 * pad);
            List<String> wrapped = valueWidth(l, c) <= w - 2 * pad ? null
                    : l.wrap(l.cleanLine(c.value()), valueStyle, w - 2 * pad);
            headerLines = Math.max(headerLines, header.size());
            valueLines = Math.max(valueLines, wrapped == null ? 1 : wrapped.size());
            cells.add(new Cell(w, header, c, wrapped));
        }
        float valueLine = numberStyle.lineHeight();
        return new Band(cells, headerLines * headerStyle.lineHeight() + 2 * pad * 0.6f,
                valueLines * valueLine + 2 * pad * 0.6f);
    }

    @Override
    public float height() {
        float h = 0;
        for (Band b : bands) {
            h += b.height();
        }
        return h + bandGap * Math.max(0, bands.size() - 1);
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        float y = top;
        for (Band band : bands) {
            drawBand(canvas, band, x, y);
            y -= band.height() + bandGap;
        }
    }

    private void drawBand(PageCanvas canvas, Band band, float x, float top) throws IOException {
        float bandWidth = 0;
        for (Cell c : band.cells()) {
            bandWidth += c.width();
        }
        canvas.fillRect(Typography.FILL, x, top - band.headerHeight(), bandWidth, band.headerHeight());
        // Tagged as a table (header row of TH, value row of TD): a screen reader reads "Hold: 5 seconds".
        StructureCursor.Table table = canvas.tags().table(2, band.cells().size(), true);
        float cx = x;
        float vPad = pad * 0.6f;
        for (int i = 0; i < band.cells().size(); i++) {
            Cell c = band.cells().get(i);
            float cellX = cx;
            table.cell(0, i, () -> {
                float ly = top - vPad;
                for (String line : c.header()) {
                    canvas.textInBox(line, headerStyle, cellX + pad, ly);
                    ly -= headerStyle.lineHeight();
                }
            });
            table.cell(1, i, () -> {
                float valueTop = top - band.headerHeight() - vPad;
                if (c.wrappedValue() != null) {
                    for (String line : c.wrappedValue()) {
                        canvas.textInBox(line, valueStyle, cellX + pad, valueTop);
                        valueTop -= valueStyle.lineHeight();
                    }
                } else {
                    drawValue(canvas, c.value(), cellX + pad, valueTop - numberStyle.baselineOffset());
                }
            });
            cx += c.width();
        }
        float bottom = top - band.height();
        canvas.line(Typography.RULE, 0.75f, x, bottom, x + bandWidth, bottom);
        cx = x;
        for (int i = 0; i < band.cells().size() - 1; i++) {
            cx += band.cells().get(i).width();
            canvas.line(Typography.RULE, 0.75f, cx, top, cx, bottom);
        }
    }

    /** The value on one baseline: the number bold and larger, the words around it regular. */
    private void drawValue(PageCanvas canvas, DoseColumns.Column value, float x, float baseline)
            throws IOException {
        float cx = x;
        for (int part = 0; part < 3; part++) {
            String text = part == 0 ? value.before() : part == 1 ? value.number() : value.after();
            TextStyle style = part == 1 ? numberStyle : valueStyle;
            if (!text.isEmpty()) {
                canvas.text(text, style, cx, baseline);
                cx += TextWrapper.width(text, style);
            }
        }
    }
}
