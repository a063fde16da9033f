package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminder sheet: the same opening, then the exercises two to a row, each a number, a small picture, the
 * name and the dose on one short line, many to a page; the same closing.
 */
final class CompactLayout {

    private final LayoutContext l;
    private final ExercisePictures pictures;
    private final Block logo;
    private final float width;

    CompactLayout(LayoutContext l, ExercisePictures pictures, Block logo) {
        this.l = l;
        this.pictures = pictures;
        this.logo = logo;
        this.width = l.page.contentWidth();
    }

    List<FlowItem> build() {
        List<FlowItem> flow = new ArrayList<>();
        OpeningSection.build(l, logo, width, flow);
        Typography t = l.type;
        if (l.content.groups().isEmpty()) {
            return flow;
        }
        OpeningSection.exercisesHeading(l, width, flow);
        float gutter = t.scale(14);
        float cellWidth = (width - gutter) / 2;
        for (HandoutContent.Group group : l.content.groups()) {
            if (group.heading() != null) {
                flow.add(FlowItem.of(DetailedLayout.groupHeading(l, group.heading(), width), t.scale(8))
                        .keptWithNext());
            }
            List<ExerciseContent> list = group.exercises();
            for (int i = 0; i < list.size(); i += 2) {
                Cell left = new Cell(list.get(i), cellWidth);
                Cell right = i + 1 < list.size() ? new Cell(list.get(i + 1), cellWidth) : null;
                flow.add(FlowItem.of(new Row(left, right, cellWidth + gutter), 0));
            }
        }
        return flow;
    }

    /** Two cells side by side, a rule below them. */
    private final class Row implements Block {

        private final Cell left;
        private final Cell right;
        private final float rightX;

        Row(Cell left, Cell right, float rightX) {
            this.left = left;
            this.right = right;
            this.rightX = rightX;
        }

        @Override
        public float height() {
            return Math.max(left.height(), right == null ? 0 : right.height());
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top) throws IOException {
            left.draw(canvas, x, top);
            if (right != null) {
                right.draw(canvas, x + rightX, top);
            }
            float bottom = top - height();
            canvas.line(Typography.RULE, 0.75f, x, bottom, x + width, bottom);
        }
    }

    /** One exercise: number, small picture, name and the dose (the clinician's note is on the detailed sheet). */
    private final class Cell implements Block {

        private final ExerciseContent entry;
        private final StackBlock text;
        private final TextBlock number;
        private final float pad = l.type.scale(4);
        private final float pictureWidth;
        private final float pictureHeight = l.type.scale(44);
        private final float numberWidth;
        private final float gutter = l.type.scale(6);

        Cell(ExerciseContent entry, float width) {
            Typography t = l.type;
            this.entry = entry;
            this.numberWidth = l.width("00", t.exerciseName) + t.scale(4);
            this.pictureWidth = Math.round(width * 0.25f);
            float textWidth = width - numberWidth - pictureWidth - gutter;
            List<Block> parts = new ArrayList<>();
            parts.add(TextBlock.of(l, entry.name(), t.bodyBold, textWidth)
                    .limitLines(2)
                    .as(ExerciseHeading.level(l)));
            DosePanel dose = DosePanel.plain(l, entry.dose(), textWidth);
            if (!dose.isEmpty()) {
                parts.add(dose);
            }
            this.text = new StackBlock(parts, t.scale(1));
            this.number = TextBlock.of(
                    l, l.labels.number(entry.number()), t.exerciseName.withColor(Typography.ACCENT), numberWidth);
        }

        @Override
        public float height() {
            return Math.max(pictureHeight, text.height()) + 2 * pad;
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top) throws IOException {
            float rowTop = top - pad;
            number.draw(canvas, x, rowTop);
            float px = x + numberWidth;
            new PictureBlock(
                            pictures,
                            entry.exercise(),
                            entry.item(),
                            pictureWidth,
                            pictureHeight,
                            PictureBlock.alternativeText(l, entry))
                    .draw(canvas, px, rowTop);
            text.draw(canvas, px + pictureWidth + gutter, rowTop);
        }
    }
}
