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
 * <p>Each text (a step, the cautions, the note) is read as one piece: it stays whole in the text column beside
 * the picture, or it is set at the full width under the picture, never begun in one and ended in the other (see
 * {@link #firstBelow}). Never divided, so an exercise's cautions are never read apart from it on the next page (a
 * patient reader missed them there); only an exercise taller than a page is split, see {@link #split}.
 */
final class ExerciseCard implements Block {

    private final Block heading;
    /** The dose band, null when the exercise has no dose. */
    private final Block dose;

    private final Block picture;
    /** The texts in the column beside the picture, under the name and the dose. */
    private final StackBlock beside;
    /** The texts at the full width under the picture, from {@link #belowTop} down; may be empty. */
    private final StackBlock below;

    private final float belowTop;
    private final float columnX;
    private final float gap;
    /** Name, dose and the texts beside the picture one under the other. */
    private final Block column;

    private ExerciseCard(
            Block heading,
            Block dose,
            Block picture,
            StackBlock beside,
            StackBlock below,
            float belowTop,
            float columnX,
            float gap) {
        this.heading = heading;
        this.dose = dose;
        this.picture = picture;
        this.beside = beside;
        this.below = below;
        this.belowTop = belowTop;
        this.columnX = columnX;
        this.gap = gap;
        List<Block> parts = new ArrayList<>(List.of(heading));
        if (dose != null) {
            parts.add(dose);
        }
        if (!beside.isEmpty()) {
            parts.add(beside);
        }
        this.column = new StackBlock(parts, gap);
    }

    static ExerciseCard build(LayoutContext l, ExerciseContent e, ExercisePictures pictures, float width) {
        Typography t = l.type;
        // Large print makes the picture larger too, not only the words (a lying pair is drawn 160 x 138 there, 150 x
        // 131 in normal print). The box is tall because a lying exercise's two panels stand one above the other and
        // so are sized by the box's height; in normal print it is the least that draws such a pair 150 points wide.
        float pictureWidth = t.large ? 168 : 160;
        float pictureHeight = t.large ? 152 : 140;
        float gutter = 12;
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
        float columnX = pictureWidth + gutter;
        float narrow = width - columnX;
        Block heading = ExerciseHeading.build(l, e, narrow);
        float top = heading.height() + gap;
        // the dose right under the name, the same place on every exercise
        DosePanel dose = new DosePanel(l, e.dose(), narrow);
        if (!dose.isEmpty()) {
            top += dose.height() + gap;
        }
        List<TextBlock> narrowTexts = texts(l, e, narrow);
        List<TextBlock> wideTexts = texts(l, e, width);
        // how many of the texts are steps (a missing exercise has its message as its one step)
        int steps = e.missing() ? 1 : e.steps().size();
        int first = firstBelow(narrowTexts, wideTexts, steps, top, picture.height() + gap, stepGap);
        float besideEnd = top + new StackBlock(narrowTexts.subList(0, first), stepGap).height();
        float belowTop = Math.max(first == 0 ? top : besideEnd + stepGap, picture.height() + gap);
        return new ExerciseCard(
                heading,
                dose.isEmpty() ? null : dose,
                picture,
                new StackBlock(new ArrayList<>(narrowTexts.subList(0, first)), stepGap),
                new StackBlock(new ArrayList<>(wideTexts.subList(first, wideTexts.size())), stepGap),
                belowTop,
                columnX,
                gap);
    }

    /**
     * Which text is the first one set at the full width under the picture. The steps are read as one list in one
     * column: all of them stay beside the picture, the column running on past its foot when they are long (a reader
     * who read steps 1 and 2 beside the picture stopped there: step 3 went on under the picture at the left margin,
     * and his eye, going down the column, met the middle of its line). After the steps, each text is read as one
     * piece in one column too: one that starts beside the picture stays whole beside it, one that starts below it
     * uses the full width (patients missed the end of cautions that broke off beside the picture and went on at the
     * left margin under it). A caution or note that would start beside the picture may instead start under it,
     * leaving the column's end blank, when that makes the card lower: a long caution then takes five full lines
     * instead of seven narrow ones.
     */
    private static int firstBelow(
            List<TextBlock> narrow, List<TextBlock> wide, int steps, float top, float pictureBottom, float stepGap) {
        // the natural choice: every step, then every other text that starts beside the picture, stays there
        int natural = 0;
        float y = top;
        while (natural < narrow.size() && (natural < steps || y < pictureBottom)) {
            y += narrow.get(natural).height() + stepGap;
            natural++;
        }
        int best = natural;
        float bestEnd = end(narrow, wide, natural, top, pictureBottom, stepGap);
        for (int k = natural - 1; k >= 0; k--) {
            if (k > 0 && k < steps) {
                continue;
            }
            float end = end(narrow, wide, k, top, pictureBottom, stepGap);
            // lower by a point at least: never a blank beside the picture for nothing
            if (end <= bestEnd - 1) {
                best = k;
                bestEnd = end;
            }
        }
        return best;
    }

    /** Where the card's text ends when texts from {@code first} on are set under the picture. */
    private static float end(
            List<TextBlock> narrow, List<TextBlock> wide, int first, float top, float pictureBottom, float stepGap) {
        float y = top;
        for (TextBlock text : narrow.subList(0, first)) {
            y += text.height() + stepGap;
        }
        if (first == narrow.size()) {
            return Math.max(y, pictureBottom);
        }
        y = Math.max(y, pictureBottom);
        for (TextBlock text : wide.subList(first, wide.size())) {
            y += text.height() + stepGap;
        }
        return y;
    }

    /** The steps, then the cautions and the note, each one paragraph, {@code width} wide. */
    private static List<TextBlock> texts(LayoutContext l, ExerciseContent e, float width) {
        Typography t = l.type;
        List<TextBlock> texts = new ArrayList<>(steps(l, e, width));
        if (!e.cautions().isEmpty()) {
            texts.add(TextBlock.runIn(
                    l, l.labels.get("exercise.cautions"), t.bodyBold, String.join(" ", e.cautions()), t.body, width));
        }
        if (e.note() != null) {
            texts.add(TextBlock.runIn(l, l.labels.get("exercise.note"), t.bodyBold, e.note(), t.body, width));
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
        float h = Math.max(picture.height(), column.height());
        return below.isEmpty() ? h : Math.max(h, belowTop + below.height());
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
        beside.draw(canvas, x + columnX, y);
        below.draw(canvas, x, top - belowTop);
    }

    /** Only for an exercise taller than a page (a very long note): the picture, the text column, the rest. */
    @Override
    public List<Block> split(float maxHeight) {
        List<Block> parts = new ArrayList<>(List.of(picture, new IndentBlock(column, columnX)));
        if (!below.isEmpty()) {
            parts.add(below);
        }
        return new StackBlock(parts, gap).split(maxHeight);
    }
}
