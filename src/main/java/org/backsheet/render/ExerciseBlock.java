package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.backsheet.model.Dose;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.SheetItem;

/**
 * One exercise on the detailed handout: its number and name across the top, the picture on the left (about a
 * third of the width) and on the right the position, numbered steps, cautions, the clinician's note, the
 * dose table and, when the item or exercise has a video link, its QR code. Kept on one page.
 */
final class ExerciseBlock implements Block {

    private final Block heading;
    private final PictureBlock picture;
    private final StackBlock details;
    private final float headingGap;
    private final float gutter;

    private ExerciseBlock(Block heading, PictureBlock picture, StackBlock details, float headingGap, float gutter) {
        this.heading = heading;
        this.picture = picture;
        this.details = details;
        this.headingGap = headingGap;
        this.gutter = gutter;
    }

    static ExerciseBlock build(LayoutContext l, int number, SheetItem item, Exercise exercise,
                               ExercisePictures pictures, float width) {
        Typography t = l.type;
        // large print gives the words more room; the picture stays as tall as it was
        float pictureWidth = Math.round(width * (t.large ? 0.28f : 0.32f));
        float pictureHeight = t.large ? 128 : 118;
        float gutter = t.scale(14);
        float right = width - pictureWidth - gutter;
        String numberText = l.labels.number(number);
        float indent = l.width("00", t.exerciseName) + t.scale(6);
        TextStyle numberStyle = t.exerciseName.withColor(Typography.ACCENT);
        List<Block> parts = new ArrayList<>();
        Block heading;
        if (exercise == null) {
            heading = TextBlock.marked(l, numberText, numberStyle, indent,
                    l.labels.format("missing.title", item.exerciseId()), t.exerciseName, width)
                    .as(headingLevel(l));
            parts.add(TextBlock.of(l, l.labels.get("missing.body"), t.body, right));
        } else {
            ExerciseText text = exercise.text(l.sheet.language());
            heading = TextBlock.marked(l, numberText, numberStyle, indent, text.name(), t.exerciseName, width)
                    .as(headingLevel(l));
            // under a position sub-heading the line would only repeat it
            if (exercise.position() != null && !l.sheet.groupByPosition()) {
                String position = l.labels.position(exercise.position()).toUpperCase(l.labels.locale());
                parts.add(TextBlock.of(l, position, t.position, right));
            }
            parts.add(steps(l, text.steps(), right));
            if (!text.cautions().isEmpty()) {
                parts.add(cautions(l, text.cautions(), right));
            }
        }
        if (item.note() != null && !item.note().isBlank()) {
            parts.add(TextBlock.of(l, item.note().strip(), t.note, right));
        }
        Dose dose = item.effectiveDose(exercise);
        DoseTable table = new DoseTable(l, DoseColumns.of(dose, l.labels), right);
        if (!table.isEmpty()) {
            parts.add(table);
        }
        String link = item.effectiveLink(exercise);
        if (link != null) {
            parts.add(QrCodeBlock.of(l, link, right));
        }
        PictureBlock picture = new PictureBlock(pictures, exercise, item, pictureWidth, pictureHeight,
                PictureBlock.alternativeText(l, item, exercise));
        return new ExerciseBlock(heading, picture, new StackBlock(parts, t.scale(7)), t.scale(6), gutter);
    }

    /** H3 under "Your exercises"; H4 when position sub-headings (H3) sit in between. */
    static String headingLevel(LayoutContext l) {
        return l.sheet.groupByPosition() ? StandardStructureTypes.H4 : StandardStructureTypes.H3;
    }

    private static Block steps(LayoutContext l, List<String> steps, float width) {
        Typography t = l.type;
        float indent = l.width("00.", t.bodyBold) + t.scale(4);
        TextStyle marker = t.bodyBold.withColor(Typography.ACCENT);
        List<Block> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            lines.add(TextBlock.marked(l, l.labels.number(i + 1) + ".", marker, indent, steps.get(i), t.body, width)
                    .as(StandardStructureTypes.LI));
        }
        return new StackBlock(lines, t.scale(2));
    }

    private static Block cautions(LayoutContext l, List<String> cautions, float width) {
        Typography t = l.type;
        return TextBlock.runIn(l, l.labels.get("exercise.cautions"), t.bodyBold, String.join(" ", cautions), t.body,
                width);
    }

    @Override
    public float height() {
        return heading.height() + headingGap + Math.max(picture.height(), details.height());
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        heading.draw(canvas, x, top);
        float rowTop = top - heading.height() - headingGap;
        picture.draw(canvas, x, rowTop);
        details.draw(canvas, x + picture.width() + gutter, rowTop);
    }

    /** Only for an exercise taller than a page (a very long note): heading, picture, then the text below. */
    @Override
    public List<Block> split(float maxHeight) {
        List<Block> stacked = new ArrayList<>();
        stacked.add(heading);
        stacked.add(picture);
        stacked.add(new IndentBlock(details, picture.width() + gutter));
        return new StackBlock(stacked, headingGap).split(maxHeight);
    }
}
