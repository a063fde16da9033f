package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * One exercise on the detailed handout: number, name and position across the top; the picture on the left (and
 * under it the QR code of the exercise's link, when it has one); to
 * its right the dose (the same band on every exercise), the numbered steps, the cautions and the clinician's note,
 * the text flowing on at full width below the picture. Never divided, so an exercise's cautions are never read
 * apart from it on the next page (a patient reader missed them there); only an exercise taller than a page is
 * split, see {@link #split}.
 */
final class ExerciseCard implements Block {

    private final Block heading;
    private final Block picture;
    private final Block right;
    private final float headingGap;
    private final float rightX;
    /** The texts of {@link #right} one by one, as drawn beside and under the picture. */
    private final List<Block> parts;
    /** The same texts wrapped to the full width, for when they go on at the top of the next page. */
    private final List<Block> wideParts;
    /** How many texts (the first steps) never leave the picture. */
    private final int firstParts;

    private ExerciseCard(Block heading, Block picture, Block right, float headingGap, float rightX) {
        this(heading, picture, right, headingGap, rightX, List.of(), List.of(), 0);
    }

    private ExerciseCard(
            Block heading,
            Block picture,
            Block right,
            float headingGap,
            float rightX,
            List<Block> parts,
            List<Block> wideParts,
            int firstParts) {
        this.parts = List.copyOf(parts);
        this.wideParts = List.copyOf(wideParts);
        this.firstParts = firstParts;
        this.heading = heading;
        this.picture = picture;
        this.right = right;
        this.headingGap = headingGap;
        this.rightX = rightX;
    }

    static ExerciseCard build(LayoutContext l, ExerciseContent e, ExercisePictures pictures, float width) {
        Typography t = l.type;
        // Large print makes the picture larger too, not only the words. The box is tall because a lying
        // exercise's two panels stand one above the other and so are sized by the box's height.
        float pictureWidth = t.large ? 176 : 170;
        float pictureHeight = t.large ? 160 : 148;
        float gutter = 12;
        float rightX = pictureWidth + gutter;
        float narrow = width - rightX;
        float gap = 4;
        // between the steps: their numbers already set them apart
        float stepGap = 2;
        Block picture = new PictureBlock(
                pictures, e.exercise(), e.item(), pictureWidth, pictureHeight, PictureBlock.alternativeText(l, e));
        List<Block> parts = new ArrayList<>();
        List<Block> wideParts = new ArrayList<>();
        float y = 0;
        // the dose in a band across the card under the name, the same place on every exercise
        DosePanel dose = new DosePanel(l, e.dose(), width);
        if (e.link() != null) {
            // the video or web link as a QR code with its caption, under the picture it belongs to
            picture = new StackBlock(List.of(picture, QrCodeBlock.of(l, e.link(), pictureWidth)), gap);
        }
        // text that starts below this line uses the full width, under the picture
        float besidePicture = picture.height() + gap;
        List<TextBlock> texts = new ArrayList<>(steps(l, e, narrow));
        if (!e.cautions().isEmpty()) {
            texts.add(TextBlock.runIn(
                    l, l.labels.get("exercise.cautions"), t.bodyBold, String.join(" ", e.cautions()), t.body, narrow));
        }
        if (e.note() != null) {
            texts.add(TextBlock.runIn(l, l.labels.get("exercise.note"), t.bodyBold, e.note(), t.body, narrow));
        }
        for (int i = 0; i < texts.size(); i++) {
            float lineHeight = t.body.lineHeight();
            int beside = (int) Math.ceil(Math.max(0, besidePicture - y) / lineHeight);
            TextBlock text = texts.get(i).flowingWider(l, beside, narrow, rightX);
            parts.add(text);
            wideParts.add(texts.get(i).flowingWider(l, 0, narrow, rightX));
            y += text.height() + stepGap;
        }
        Block heading = ExerciseHeading.build(l, e, width);
        if (!dose.isEmpty()) {
            heading = new StackBlock(List.of(heading, dose), 2);
        }
        int firstParts = Math.min(2, e.missing() ? 1 : e.steps().size());
        return new ExerciseCard(
                heading, picture, new StackBlock(parts, stepGap), 4, rightX, parts, wideParts, firstParts);
    }

    private static List<TextBlock> steps(LayoutContext l, ExerciseContent e, float width) {
        Typography t = l.type;
        if (e.missing()) {
            return List.of(TextBlock.of(l, String.join(" ", e.steps()), t.body, width));
        }
        float indent = l.width("00.", t.bodyBold) + t.scale(4);
        TextStyle marker = t.bodyBold.withColor(Typography.ACCENT);
        List<TextBlock> lines = new ArrayList<>();
        for (int i = 0; i < e.steps().size(); i++) {
            lines.add(TextBlock.marked(
                            l,
                            l.labels.number(i + 1) + ".",
                            marker,
                            indent,
                            e.steps().get(i),
                            t.body,
                            width)
                    .as(StandardStructureTypes.LI));
        }
        return lines;
    }

    @Override
    public String describe() {
        return "Exercise " + heading.describe();
    }

    @Override
    public float height() {
        return heading.height() + headingGap + Math.max(picture.height(), right.height());
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        heading.draw(canvas, x, top);
        float rowTop = top - heading.height() - headingGap;
        picture.draw(canvas, x, rowTop);
        right.draw(canvas, x + rightX, rowTop);
    }

    /** Only for an exercise taller than a page (a very long note): heading, picture, then the text below. */
    @Override
    public List<Block> split(float maxHeight) {
        List<Block> stacked = new ArrayList<>();
        stacked.add(heading);
        stacked.add(picture);
        stacked.add(new IndentBlock(right, rightX));
        return new StackBlock(stacked, headingGap).split(maxHeight);
    }
}
