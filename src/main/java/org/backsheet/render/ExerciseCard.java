package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * One exercise on the detailed handout: number, name and position across the top; on the left the picture and
 * the dose; on the right the numbered steps, the cautions and the clinician's note. Never divided: the name,
 * picture, steps and dose are on one page (only an exercise taller than a page is split, see {@link #split}).
 */
final class ExerciseCard implements Block {

    private final Block heading;
    private final StackBlock left;
    private final StackBlock right;
    private final float headingGap;
    private final float leftWidth;
    private final float gutter;

    private ExerciseCard(Block heading, StackBlock left, StackBlock right, float headingGap, float leftWidth,
                         float gutter) {
        this.heading = heading;
        this.left = left;
        this.right = right;
        this.headingGap = headingGap;
        this.leftWidth = leftWidth;
        this.gutter = gutter;
    }

    static ExerciseCard build(LayoutContext l, ExerciseContent e, ExercisePictures pictures, float width) {
        Typography t = l.type;
        // large print makes the picture larger too, not only the words
        float leftWidth = Math.round(width * (t.large ? 0.37f : 0.32f));
        float pictureHeight = t.large ? 150 : 118;
        float gutter = t.scale(12);
        float right = width - leftWidth - gutter;
        List<Block> leftParts = new ArrayList<>();
        leftParts.add(new PictureBlock(pictures, e.exercise(), e.item(), leftWidth, pictureHeight,
                PictureBlock.alternativeText(l, e)));
        DosePanel dose = new DosePanel(l, e.dose(), leftWidth);
        if (!dose.isEmpty()) {
            leftParts.add(dose);
        }
        List<Block> rightParts = new ArrayList<>();
        rightParts.add(steps(l, e.steps(), right, e.missing()));
        if (!e.cautions().isEmpty()) {
            rightParts.add(TextBlock.runIn(l, l.labels.get("exercise.cautions"), t.bodyBold,
                    String.join(" ", e.cautions()), t.body, right));
        }
        if (e.note() != null) {
            rightParts.add(TextBlock.runIn(l, l.labels.get("exercise.note"), t.bodyBold, e.note(), t.body, right));
        }
        return new ExerciseCard(ExerciseHeading.build(l, e, width), new StackBlock(leftParts, t.scale(5)),
                new StackBlock(rightParts, t.scale(6)), t.scale(5), leftWidth, gutter);
    }

    private static Block steps(LayoutContext l, List<String> steps, float width, boolean missing) {
        Typography t = l.type;
        if (missing) {
            return TextBlock.of(l, String.join(" ", steps), t.body, width);
        }
        float indent = l.width("00.", t.bodyBold) + t.scale(4);
        TextStyle marker = t.bodyBold.withColor(Typography.ACCENT);
        List<Block> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            lines.add(TextBlock.marked(l, l.labels.number(i + 1) + ".", marker, indent, steps.get(i), t.body, width)
                    .as(StandardStructureTypes.LI));
        }
        return new StackBlock(lines, t.scale(2));
    }

    @Override
    public float height() {
        return heading.height() + headingGap + Math.max(left.height(), right.height());
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        heading.draw(canvas, x, top);
        float rowTop = top - heading.height() - headingGap;
        left.draw(canvas, x, rowTop);
        right.draw(canvas, x + leftWidth + gutter, rowTop);
    }

    /** Only for an exercise taller than a page (a very long note): heading, left column, then the text below. */
    @Override
    public List<Block> split(float maxHeight) {
        List<Block> stacked = new ArrayList<>();
        stacked.add(heading);
        stacked.add(left);
        stacked.add(new IndentBlock(right, leftWidth + gutter));
        return new StackBlock(stacked, headingGap).split(maxHeight);
    }
}
