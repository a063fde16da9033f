package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The reminder sheet, built to put a ten-exercise program on one page: a short header and title, then a compact
 * safety box (every warning sign, run on), the daily plan, the exercises two to a row (see {@link CompactCell}),
 * and only then the advice, so that advice never pushes an exercise off page one; the closing follows.
 */
final class CompactLayout extends HandoutLayout {

    CompactLayout(LayoutContext l, ExercisePictures pictures, Block logo) {
        super(l, pictures, logo);
    }

    @Override
    List<FlowItem> build() {
        return build(false);
    }

    /**
     * The sheet as it is set first; then, for a sheet that would otherwise take a page more (Spanish on Letter
     * paper was some 35 points too long for one), a closer form: a name of two lines has its dose run on after it,
     * which saves a line in such a cell, and a little less space between the parts. The one with fewer pages is
     * printed, the first on a tie.
     */
    @Override
    List<Arrangement> arrangements() {
        List<FlowItem> plain = build(false);
        List<FlowItem> closer = build(true);
        return List.of(new Arrangement(plain, plain.size()), new Arrangement(closer, closer.size()));
    }

    private List<FlowItem> build(boolean closer) {
        List<FlowItem> flow = new ArrayList<>();
        Typography t = l.type;
        float gap = t.scale(closer ? 4 : 6);
        CompactHeader.build(l, logo, width, flow);
        flow.add(FlowItem.of(CompactSafetyBox.build(l, width), gap));
        if (!l.content.groups().isEmpty()) {
            plan(flow, gap);
            exercises(flow, gap, closer);
        }
        int before = flow.size();
        OpeningSection.advice(l, width, flow);
        if (flow.size() > before) {
            // the advice divides between its bullets, so the last of it goes over with the "Avoid these" box rather
            // than leave that box and the closing line alone on a page
            int last = flow.size() - 1;
            flow.set(last, flow.get(last).keptWithNext());
        }
        return flow;
    }

    /**
     * The daily plan, its bold first words ("Do your exercises in 2 sessions a day:") standing as the heading of
     * the exercises; without a plan, the "Your exercises" heading.
     */
    private void plan(List<FlowItem> flow, float gap) {
        List<String> plan = PlanWords.lines(l.content.plan(), l.content.planNames(), l.labels);
        if (plan.isEmpty()) {
            OpeningSection.exercisesHeading(l, width, flow);
            return;
        }
        Typography t = l.type;
        CompactType c = new CompactType(t);
        // one run-on paragraph: "...2 sessions a day: session 1: ...; session 2: ..."; after a full stop
        // ("once a day: about 12 minutes.") the next line keeps its capital
        StringBuilder rest = new StringBuilder();
        String before = plan.get(0);
        for (String line : plan.subList(1, plan.size())) {
            if (rest.length() > 0) {
                rest.append(l.labels.get("list.semicolon"));
            }
            rest.append(before.endsWith(".") ? line : CompactDose.lowerFirst(l, line));
            before = line;
        }
        // not a heading: like the detailed sheet's plan it may end a page above the first exercise
        flow.add(FlowItem.of(SpanParagraph.lead(l, plan.get(0), c.bold, rest.toString(), c.body, width), gap));
    }

    private void exercises(List<FlowItem> flow, float gap, boolean closer) {
        Typography t = l.type;
        float gutter = t.scale(12);
        float cellWidth = (width - gutter) / 2;
        for (HandoutContent.Group group : l.content.groups()) {
            if (group.heading() != null) {
                flow.add(FlowItem.of(groupHeading(group.heading()), gap).keptWithNext());
            }
            List<ExerciseContent> list = group.exercises();
            for (int i = 0; i < list.size(); i += 2) {
                CompactCell left = new CompactCell(l, list.get(i), pictures, cellWidth, closer);
                CompactCell right =
                        i + 1 < list.size() ? new CompactCell(l, list.get(i + 1), pictures, cellWidth, closer) : null;
                flow.add(FlowItem.of(new Row(left, right, cellWidth + gutter), 0));
            }
        }
    }

    /** "Lying on your back" above the exercises done in that position: a level-2 heading here, under the title. */
    private Block groupHeading(String heading) {
        Typography t = l.type;
        return new StackBlock(
                List.of(
                        TextBlock.of(l, heading, t.subheading, width).as(StandardStructureTypes.H2),
                        new RuleBlock(width, t.scale(5), 1f, Typography.ACCENT)),
                0);
    }

    /** Two cells side by side, a rule below them. */
    private final class Row implements Block {

        private final CompactCell left;
        private final CompactCell right;
        private final float rightX;

        Row(CompactCell left, CompactCell right, float rightX) {
            this.left = left;
            this.right = right;
            this.rightX = rightX;
        }

        @Override
        public String describe() {
            return "Row: " + left.describe();
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
}
