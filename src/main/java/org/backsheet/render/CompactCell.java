package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * One exercise on the compact sheet: its number, a small picture with both panels, then the name and the dose in
 * plain words; under them the QR code of its link when it has one. The steps and notes are on the detailed sheet:
 * this is the reminder a patient keeps on the fridge once the exercises are learnt.
 */
final class CompactCell implements Block {

    private final PictureBlock picture;
    private final StackBlock text;
    private final float gutter;
    private final float pad;

    /**
     * The cell; {@code closer} for the closer form the sheet takes only when it would otherwise need a page more
     * (see {@link CompactLayout#arrangements}): a name that takes two lines has its dose run on after it ("9 Seated
     * hamstring / stretch: 3 times, hold 20 seconds...") when that saves a line, and less padding.
     */
    CompactCell(LayoutContext l, ExerciseContent entry, ExercisePictures pictures, float width, boolean closer) {
        Typography t = l.type;
        CompactType c = new CompactType(t);
        this.pad = t.scale(closer ? 1 : 1.5f);
        this.gutter = t.scale(5);
        float pictureWidth = Math.round(width * 0.3f);
        float pictureHeight = t.scale(40);
        float textWidth = width - pictureWidth - gutter;
        this.picture = new PictureBlock(
                pictures,
                entry.exercise(),
                entry.item(),
                pictureWidth,
                pictureHeight,
                PictureBlock.alternativeText(l, entry));
        List<Block> parts = new ArrayList<>();
        List<SpanParagraph.Span> name = List.of(
                new SpanParagraph.Span(l.labels.number(entry.number()), c.bold.withColor(Typography.ACCENT)),
                new SpanParagraph.Span(entry.name(), c.bold));
        SpanParagraph heading = SpanParagraph.of(l, name, textWidth).as(level(l));
        SpanParagraph dose = CompactDose.of(l, entry, textWidth);
        SpanParagraph both = null;
        if (closer && dose != null && heading.lineCount() > 1) {
            List<SpanParagraph.Span> rest = new ArrayList<>();
            rest.add(new SpanParagraph.Span(l.labels.get("compact.name.end"), c.bold));
            rest.addAll(CompactDose.spans(l, entry));
            both = SpanParagraph.headed(l, name, level(l), rest, textWidth);
        }
        if (both != null && both.lineCount() < heading.lineCount() + dose.lineCount()) {
            parts.add(both);
        } else {
            parts.add(heading);
            if (dose != null) {
                parts.add(dose);
            }
        }
        if (entry.link() != null) {
            parts.add(QrCodeBlock.of(l, entry.link(), textWidth));
        }
        this.text = new StackBlock(parts, 0);
    }

    /** H2 right under the title (no "Your exercises" heading here), H3 under a position heading. */
    static String level(LayoutContext l) {
        return l.content.grouped() ? StandardStructureTypes.H3 : StandardStructureTypes.H2;
    }

    @Override
    public String describe() {
        return text.describe();
    }

    @Override
    public float height() {
        return Math.max(picture.height(), text.height()) + 2 * pad;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        float rowTop = top - pad;
        picture.draw(canvas, x, rowTop);
        text.draw(canvas, x + picture.width() + gutter, rowTop);
    }
}
