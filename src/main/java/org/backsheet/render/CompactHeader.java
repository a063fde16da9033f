package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The top of the compact sheet in three short lines instead of the detailed sheet's block: the title, the clinic
 * and how to reach it, then patient, clinician and date with their labels. The same facts as
 * {@link HeaderBlock}, in less height, so the exercises can start higher on page one.
 */
final class CompactHeader {

    private CompactHeader() {}

    static void build(LayoutContext l, Block logo, float width, List<FlowItem> flow) {
        Typography t = l.type;
        CompactType c = new CompactType(t);
        HandoutContent.Header h = l.content.header();
        if (logo != null) {
            flow.add(FlowItem.of(logo, 0));
        }
        flow.add(FlowItem.of(
                TextBlock.of(l, l.content.title(), t.title, width).as(StandardStructureTypes.H1),
                logo == null ? 0 : t.scale(4)));
        List<SpanParagraph.Span> clinic = new ArrayList<>();
        if (h.clinicName() != null) {
            clinic.add(new SpanParagraph.Span(h.clinicName(), c.bold.withColor(Typography.ACCENT)));
        }
        if (h.clinicContact() != null) {
            clinic.add(new SpanParagraph.Span(
                    (clinic.isEmpty() ? "" : l.labels.get("list.separator")) + h.clinicContact(), c.body));
        }
        List<SpanParagraph.Span> people = new ArrayList<>();
        add(l, people, "header.patient", h.patient());
        add(l, people, "header.clinician", h.clinician());
        add(l, people, "header.date", h.date());
        List<Block> lines = new ArrayList<>();
        if (!clinic.isEmpty()) {
            lines.add(SpanParagraph.of(l, clinic, width));
        }
        if (!people.isEmpty()) {
            lines.add(SpanParagraph.of(l, people, width));
        }
        if (!lines.isEmpty()) {
            flow.add(FlowItem.of(new StackBlock(lines, 0), t.scale(2)));
        }
    }

    /** "Patient: Anna Nowak", the label plain and the value bold, after a separator when not first. */
    private static void add(LayoutContext l, List<SpanParagraph.Span> spans, String label, String value) {
        if (value == null) {
            return;
        }
        CompactType c = new CompactType(l.type);
        String before = spans.isEmpty() ? "" : l.labels.get("list.separator");
        spans.add(new SpanParagraph.Span(before + l.labels.format("header.labelled", l.labels.get(label)), c.body));
        spans.add(new SpanParagraph.Span(value, c.bold));
    }
}
