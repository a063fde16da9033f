package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.ExerciseText;

/**
 * The reminder sheet: header, title and advice as usual, then one slim row per exercise (number, small
 * picture, name and position, the dose in a few words), many to a page, and the same closing boxes.
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

    List<FlowItem> build(List<NumberedItems.Group> groups) {
        List<FlowItem> flow = new ArrayList<>();
        DetailedLayout.opening(l, logo, width, flow);
        Typography t = l.type;
        if (!groups.isEmpty()) {
            flow.add(FlowItem.of(new HeaderRow(), t.gap * 1.5f).keptWithNext());
        }
        for (NumberedItems.Group group : groups) {
            if (l.sheet.groupByPosition()) {
                flow.add(FlowItem.of(DetailedLayout.groupHeading(l, group, width), t.scale(10)).keptWithNext());
            }
            for (NumberedItems.Entry e : group.entries()) {
                flow.add(FlowItem.of(new Row(e), 0));
            }
        }
        return flow;
    }

    private float pictureWidth() {
        return Math.round(width * 0.2f);
    }

    private float doseWidth() {
        return Math.round(width * 0.3f);
    }

    private float numberWidth() {
        return l.width("00", l.type.exerciseName) + l.type.scale(6);
    }

    /** Grey band naming the two text columns. */
    private final class HeaderRow implements Block {

        private final String exercise = l.cleanLine(l.labels.get("compact.exercise"));
        private final String dose = l.cleanLine(l.labels.get("compact.dose"));
        private final float pad = l.type.scale(5);

        @Override
        public float height() {
            return l.type.tableHeader.lineHeight() + 2 * pad;
        }

        /** Column names only help the eye; a screen reader hears each exercise's name and dose instead. */
        @Override
        public void draw(PageCanvas canvas, float x, float top) throws IOException {
            canvas.tags().decoration(() -> {
                canvas.fillRect(Typography.FILL, x, top - height(), width, height());
                canvas.textInBox(exercise, l.type.tableHeader, x + pad, top - pad);
                canvas.textInBox(dose, l.type.tableHeader, x + width - doseWidth() + pad, top - pad);
            });
        }
    }

    /** One exercise: number, small picture, name with position and note, short dose; a rule below. */
    private final class Row implements Block {

        private final NumberedItems.Entry entry;
        private final StackBlock text;
        private final TextBlock dose;
        private final TextBlock number;
        private final float pad = l.type.scale(6);
        private final float pictureHeight = l.type.scale(62);
        private final float gutter = l.type.scale(10);

        Row(NumberedItems.Entry entry) {
            this.entry = entry;
            Typography t = l.type;
            float textWidth = width - numberWidth() - pictureWidth() - doseWidth() - 2 * gutter;
            List<Block> parts = new ArrayList<>();
            if (entry.exercise() == null) {
                parts.add(TextBlock.of(l, l.labels.format("missing.title", entry.item().exerciseId()),
                        t.bodyBold, textWidth).limitLines(3).as(ExerciseBlock.headingLevel(l)));
            } else {
                ExerciseText words = entry.exercise().text(l.sheet.language());
                parts.add(TextBlock.of(l, words.name(), t.bodyBold, textWidth).limitLines(3)
                        .as(ExerciseBlock.headingLevel(l)));
                if (entry.exercise().position() != null && !l.sheet.groupByPosition()) {
                    parts.add(TextBlock.of(l, l.labels.position(entry.exercise().position())
                            .toUpperCase(l.labels.locale()), t.position, textWidth));
                }
            }
            String note = entry.item().note();
            if (note != null && !note.isBlank()) {
                // a reminder row stays short; the detailed handout prints the whole note
                parts.add(TextBlock.of(l, note.strip(), t.note, textWidth).limitLines(4));
            }
            this.text = new StackBlock(parts, t.scale(2));
            String shortDose = DoseColumns.shortText(entry.item().effectiveDose(entry.exercise()), l.labels);
            this.dose = TextBlock.of(l, shortDose, t.body, doseWidth() - pad);
            this.number = TextBlock.of(l, l.labels.number(entry.number()),
                    t.exerciseName.withColor(Typography.ACCENT), numberWidth());
        }

        @Override
        public float height() {
            return Math.max(pictureHeight, Math.max(text.height(), dose.height())) + 2 * pad;
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top) throws IOException {
            float rowTop = top - pad;
            number.draw(canvas, x, rowTop);
            float px = x + numberWidth();
            new PictureBlock(pictures, entry.exercise(), entry.item(), pictureWidth(), pictureHeight,
                    PictureBlock.alternativeText(l, entry.item(), entry.exercise())).draw(canvas, px, rowTop);
            text.draw(canvas, px + pictureWidth() + gutter, rowTop);
            dose.draw(canvas, x + width - doseWidth() + pad, rowTop);
            float bottom = top - height();
            canvas.line(Typography.RULE, 0.75f, x, bottom, x + width, bottom);
        }
    }
}
