package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * One exercise on the detailed handout: number, name and position across the top; the picture on the left (and
 * under it the QR code of the exercise's link, when it has one); to
 * its right the dose (the same band on every exercise), the numbered steps, the cautions and the clinician's note.
 * Each of those texts is read as one piece: one that starts beside the picture stays in the text column, and only
 * one that starts below the picture uses the full width. Never divided, so an exercise's cautions are never read
 * apart from it on the next page (a patient reader missed them there); only an exercise taller than a page is
 * split, see {@link #split}.
 */
final class ExerciseCard implements Block {

    private final Block heading;
    private final Block picture;
    private final Block right;
    private final float headingGap;
    private final float rightX;

    private ExerciseCard(Block heading, Block picture, Block right, float headingGap, float rightX) {
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
        for (TextBlock narrowText : texts) {
            // A text that starts beside the picture stays whole in the text column; only one that starts below
            // the picture uses the full width. Patients missed the end of cautions that broke off beside the
            // picture and went on at the left margin under it.
            boolean startsBeside = y < besidePicture;
            TextBlock text = startsBeside ? narrowText : narrowText.flowingWider(l, 0, narrow, rightX);
            parts.add(text);
            y += text.height() + stepGap;
        }
        Block heading = ExerciseHeading.build(l, e, width);
        if (!dose.isEmpty()) {
            heading = new StackBlock(List.of(heading, dose), 2);
        }
        return new ExerciseCard(heading, picture, new StackBlock(parts, stepGap), 4, rightX);
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
