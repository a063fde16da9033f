package org.backsheet.render;

import java.io.IOException;
import java.util.List;
import org.backsheet.model.Exercise;
import org.backsheet.model.SheetItem;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Presentation;

/**
 * The box for an exercise's picture. The picture is drawn by {@link ExercisePictures} in its own graphics
 * state and clipped to the box; if it fails, the handout still prints with an empty frame and a warning.
 */
final class PictureBlock implements Block {

    private static final Messages MESSAGES = new Messages();

    private final ExercisePictures pictures;
    private final Exercise exercise;
    private final SheetItem item;
    private final float width;
    private final float height;
    private final String alternativeText;

    /** {@code alternativeText} is what a screen reader says instead of the picture. */
    PictureBlock(
            ExercisePictures pictures,
            Exercise exercise,
            SheetItem item,
            float width,
            float height,
            String alternativeText) {
        this.alternativeText = alternativeText;
        this.pictures = pictures;
        this.exercise = exercise;
        this.item = item;
        this.width = width;
        this.height = height;
    }

    /**
     * What a screen reader says instead of the picture; null for a missing exercise (no picture). A drawn figure's
     * own captions are said too: they are drawn as outlines, which no reader (and no text search) can read.
     */
    static String alternativeText(LayoutContext l, ExerciseContent e) {
        if (e.missing()) {
            return null;
        }
        boolean photo = e.item().photo() != null || e.exercise().photo() != null;
        Figure figure = e.exercise().figure();
        List<String> captions = photo || figure == null ? null : figure.captions(l.labels.locale());
        if (captions != null && figure.end() != null && figure.effectivePresentation() == Presentation.PAIR) {
            return l.labels.format("figure.alt.captions", e.name(), String.join(" / ", captions));
        }
        return l.labels.format(e.item().photo() != null ? "figure.alt.photo" : "figure.alt", e.name());
    }

    float width() {
        return width;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        float y = top - height;
        if (exercise == null) {
            canvas.tags().decoration(() -> PlaceholderPictures.drawFrame(canvas.contents(), x, y, width, height));
            return;
        }
        canvas.tags().figure(alternativeText, () -> drawClipped(canvas, x, y));
    }

    private void drawClipped(PageCanvas canvas, float x, float y) throws IOException {
        canvas.contents().saveGraphicsState();
        canvas.contents().addRect(x, y, width, height);
        canvas.contents().clip();
        try {
            pictures.draw(canvas, exercise, item, x, y, width, height);
        } catch (RuntimeException e) {
            canvas.warn(MESSAGES.pictureFailed(exercise.id(), String.valueOf(e.getMessage())));
        } finally {
            canvas.contents().restoreGraphicsState();
        }
    }
}
