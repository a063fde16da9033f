package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * One exercise on the detailed handout: the picture at the card's top left (and under it the QR code of the
 * exercise's link, when it has one); beside it, in the text column, the number, name and position, the plain
 * words for the name, the dose (the same band on every exercise), the numbered steps, the cautions and the
 * clinician's note. The name sits beside the picture rather than above it because a line of heading and a dose
 * band across the page cost every card some 60 points of paper (issue 10's page counts).
 *
 * <p>Each text is read as one piece: one that starts beside the picture stays in the text column, and only one
 * that starts below the picture flows on at the full width under it. Never divided, so an exercise's cautions
 * are never read apart from it on the next page (a patient reader missed them there); only an exercise taller
 * than a page is split, see {@link #split}.
 */
final class ExerciseCard implements Block {

    private final Block heading;
    /** The dose band, null when the exercise has no dose. */
    private final Block dose;

    private final Block picture;
    private final Block texts;
    private final float columnX;
    private final float gap;
    /** Name, dose and texts one under the other: what sets the card's height beside the picture. */
    private final Block column;

    private ExerciseCard(Block heading, Block dose, Block picture, Block texts, float columnX, float gap) {
        this.heading = heading;
        this.dose = dose;
        this.picture = picture;
        this.texts = texts;
        this.columnX = columnX;
        this.gap = gap;
        this.column = new StackBlock(dose == null ? List.of(heading, texts) : List.of(heading, dose, texts), gap);
    }

    static ExerciseCard build(LayoutContext l, ExerciseContent e, ExercisePictures pictures, float width) {
        Typography t = l.type;
        // Large print makes the picture larger too, not only the words (a lying pair is drawn 160 x 138 there, 150 x
        // 131 in normal print). The box is tall because a lying exercise's two panels stand one above the other and
        // so are sized by the box's height; in normal print it is the least that draws such a pair 150 points wide.
        float pictureWidth = t.large ? 168 : 160;
        float pictureHeight = t.large ? 152 : 140;
        float gutter = 12;
        float columnX = pictureWidth + gutter;
        float narrow = width - columnX;
        // around the dose band; between the steps less, their numbers already set them apart
        float gap = 3;
        float stepGap = 1;
        // a wide, low picture takes only the height it needs, so that the text flows on under it sooner
        float used = e.exercise() == null
                ? pictureHeight
                : pictures.heightUsed(e.exercise(), e.item(), pictureWidth, pictureHeight);
        Block picture = new PictureBlock(
                pictures, e.exercise(), e.item(), pictureWidth, used, PictureBlock.alternativeText(l, e));
        if (e.link() != null) {
            // the video or web link as a QR code with its caption, under the picture it belongs to
            picture = new StackBlock(List.of(picture, QrCodeBlock.of(l, e.link(), pictureWidth)), gap);
        }
        Block heading = ExerciseHeading.build(l, e, narrow);
        float y = heading.height() + gap;
        // the dose right under the name, the same place on every exercise
        DosePanel dose = new DosePanel(l, e.dose(), narrow);
        if (!dose.isEmpty()) {
            y += dose.height() + gap;
        }
        // text that starts below this line uses the full width, under the picture
        float besidePicture = picture.height() + gap;
        List<Block> texts = new ArrayList<>();
        for (TextBlock narrowText : texts(l, e, narrow)) {
            // A text that starts beside the picture stays whole in the text column; only one that starts below
            // the picture uses the full width. Patients missed the end of cautions that broke off beside the
            // picture and went on at the left margin under it.
            boolean startsBeside = y < besidePicture;
            TextBlock text = startsBeside ? narrowText : narrowText.flowingWider(l, 0, narrow, columnX);
            texts.add(text);
            y += text.height() + stepGap;
        }
        return new ExerciseCard(
                heading, dose.isEmpty() ? null : dose, picture, new StackBlock(texts, stepGap), columnX, gap);
    }

    /** The steps, then the cautions and the note, each one paragraph, at the text column's width. */
    private static List<TextBlock> texts(LayoutContext l, ExerciseContent e, float narrow) {
        Typography t = l.type;
        List<TextBlock> texts = new ArrayList<>(steps(l, e, narrow));
        if (!e.cautions().isEmpty()) {
            texts.add(TextBlock.runIn(
                    l, l.labels.get("exercise.cautions"), t.bodyBold, String.join(" ", e.cautions()), t.body, narrow));
        }
        if (e.note() != null) {
            texts.add(TextBlock.runIn(l, l.labels.get("exercise.note"), t.bodyBold, e.note(), t.body, narrow));
        }
        return texts;
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
        return Math.max(picture.height(), column.height());
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        // in reading order: name, position and dose, then the picture, then the steps
        float y = top;
        heading.draw(canvas, x + columnX, y);
        y -= heading.height() + gap;
        if (dose != null) {
            dose.draw(canvas, x + columnX, y);
            y -= dose.height() + gap;
        }
        picture.draw(canvas, x, top);
        texts.draw(canvas, x + columnX, y);
    }

    /** Only for an exercise taller than a page (a very long note): the picture, then the text column. */
    @Override
    public List<Block> split(float maxHeight) {
        return new StackBlock(List.of(picture, new IndentBlock(column, columnX)), gap).split(maxHeight);
    }
}
