package org.backsheet.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * "3  Bird dog   Lying on your back": the number in the accent colour hanging before the name, and the position
 * after it on the same line when it fits there (below the name when it does not).
 */
final class ExerciseHeading implements Block {

    private final TextBlock name;
    private final TextBlock position;
    private final float positionX;
    private final float positionDrop;
    private final TextBlock subtitle;
    private final float subtitleX;

    private ExerciseHeading(
            TextBlock name,
            TextBlock position,
            float positionX,
            float positionDrop,
            TextBlock subtitle,
            float subtitleX) {
        this.name = name;
        this.position = position;
        this.positionX = positionX;
        this.positionDrop = positionDrop;
        this.subtitle = subtitle;
        this.subtitleX = subtitleX;
    }

    private ExerciseHeading withSubtitle(TextBlock text, float x) {
        return new ExerciseHeading(name, position, positionX, positionDrop, text, x);
    }

    /** The heading; the subtitle (plain words for a name a patient may not know) goes on a line below it. */
    static ExerciseHeading build(LayoutContext l, ExerciseContent e, float width) {
        ExerciseHeading heading = nameAndPosition(l, e, width);
        if (e.subtitle() == null) {
            return heading;
        }
        float indent = l.width("00", l.type.exerciseName) + l.type.scale(6);
        return heading.withSubtitle(TextBlock.of(l, e.subtitle(), l.type.body, width - indent), indent);
    }

    private static ExerciseHeading nameAndPosition(LayoutContext l, ExerciseContent e, float width) {
        Typography t = l.type;
        float indent = l.width("00", t.exerciseName) + t.scale(6);
        TextBlock name = TextBlock.marked(
                        l,
                        l.labels.number(e.number()),
                        t.exerciseName.withColor(Typography.ACCENT),
                        indent,
                        e.name(),
                        t.exerciseName,
                        width)
                .as(level(l));
        if (e.position() == null) {
            return new ExerciseHeading(name, null, 0, 0, null, 0);
        }
        float gap = t.scale(14);
        float nameEnd = indent + l.width(l.cleanLine(e.name()), t.exerciseName) + gap;
        String position = l.cleanLine(e.position());
        if (name.lineCount() == 1 && nameEnd + l.width(position, t.body) <= width) {
            // same baseline as the name
            float drop = t.exerciseName.baselineOffset() - t.body.baselineOffset();
            return new ExerciseHeading(
                    name, TextBlock.of(l, position, t.body, width - nameEnd), nameEnd, drop, null, 0);
        }
        return new ExerciseHeading(
                name, TextBlock.of(l, position, t.body, width - indent), indent, name.height(), null, 0);
    }

    /** H3 under "Your exercises"; H4 when position sub-headings (H3) sit in between. */
    static String level(LayoutContext l) {
        return l.content.grouped() ? StandardStructureTypes.H4 : StandardStructureTypes.H3;
    }

    @Override
    public String describe() {
        return name.describe();
    }

    private float nameHeight() {
        return position == null ? name.height() : Math.max(name.height(), positionDrop + position.height());
    }

    @Override
    public float height() {
        return nameHeight() + (subtitle == null ? 0 : subtitle.height());
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        name.draw(canvas, x, top);
        if (position != null) {
            position.draw(canvas, x + positionX, top - positionDrop);
        }
        if (subtitle != null) {
            subtitle.draw(canvas, x + subtitleX, top - nameHeight());
        }
    }
}
