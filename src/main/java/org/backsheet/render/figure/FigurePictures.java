package org.backsheet.render.figure;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Exercise;
import org.backsheet.model.SheetItem;
import org.backsheet.model.figure.Figure;
import org.backsheet.render.ExercisePictures;
import org.backsheet.render.PictureTarget;
import org.backsheet.render.PlaceholderPictures;
import org.backsheet.render.pdf.FormTemplates;
import org.backsheet.render.pdf.VectorContent;
import org.backsheet.text.Texts;

/**
 * The handout's exercise pictures: the item's photo, else the exercise's photo, else its drawn figure. Figures
 * go into the PDF as vector form XObjects (drawn through PdfBoxGraphics2D by {@link FigurePainter}), photos as
 * JPEG images; each is stored once per document however often it appears. A photo that cannot be used is
 * reported and the drawn figure (or an empty frame) takes its place.
 */
public final class FigurePictures implements ExercisePictures {

    private static final Texts MESSAGES = Texts.load("org.backsheet.render.figure.FigureMessages", Locale.ENGLISH);

    private final FigurePainter painter = new FigurePainter();
    private final PlaceholderPictures placeholder = new PlaceholderPictures();
    /** Figures drawn so far, shared by every renderer: the same figure at the same size draws the same form. */
    private static final FormTemplates<Object> SHARED = new FormTemplates<>();
    /** What each document already holds; weak, so a finished document's entries go with it. */
    private final Map<PDDocument, Map<Object, Object>> stored = new WeakHashMap<>();

    private final FormTemplates<Object> drawn;

    public FigurePictures() {
        this(SHARED);
    }

    /** With its own store of drawn figures (tests start from an empty one). */
    FigurePictures(FormTemplates<Object> drawn) {
        this.drawn = drawn;
    }

    /** The language is part of the key: the Start and Finish labels are drawn into the form. */
    private record FigureKey(Figure figure, float width, float height, Locale language) {}

    @Override
    public void draw(
            PictureTarget target, Exercise exercise, SheetItem item, float x, float y, float width, float height)
            throws IOException {
        EmbeddedImage photo = item != null && item.photo() != null ? item.photo() : exercise.photo();
        if (photo != null) {
            String whose = item != null && item.photo() != null
                    ? text("photo.item", exercise.id())
                    : text("photo.exercise", exercise.id());
            PDImageXObject image = photo(target, photo, whose);
            if (image != null) {
                drawPhoto(target.contents(), image, x, y, width, height);
                return;
            }
        }
        if (exercise.figure() == null) {
            placeholder.draw(target, exercise, item, x, y, width, height);
            return;
        }
        PDFormXObject form = form(target.document(), exercise.figure(), width, height, target.locale());
        PDPageContentStream cs = target.contents();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    /** A drawn figure is measured where the painter would place it; a photo keeps the whole box. */
    @Override
    public float heightUsed(Exercise exercise, SheetItem item, float width, float height) {
        boolean photo = item != null && item.photo() != null || exercise.photo() != null;
        if (photo || exercise.figure() == null) {
            return height;
        }
        // The handout's language is not known here, and captions may take two lines in one language and one in
        // another: the tallest of them counts.
        Set<Locale> languages = new LinkedHashSet<>();
        languages.add(Locale.getDefault());
        exercise.figure().captions().keySet().forEach(tag -> languages.add(Locale.forLanguageTag(tag)));
        double tallest = 0;
        for (Locale language : languages) {
            Rectangle2D all = null;
            for (Rectangle2D r : painter.place(exercise.figure(), 0, 0, width, height, language)
                    .pictures()) {
                all = all == null ? (Rectangle2D) r.clone() : all.createUnion(r);
            }
            if (all == null) {
                return height;
            }
            tallest = Math.max(tallest, all.getHeight());
        }
        // the painter's own margin above and below, and a point for the outline's thickness
        float margin = 2 * 0.03f * Math.min(width, height) + 2;
        return Math.min(height, (float) tallest + margin);
    }

    private PDFormXObject form(PDDocument document, Figure figure, float width, float height, Locale language)
            throws IOException {
        FigureKey key = new FigureKey(figure, width, height, language);
        Object known = lookup(document, key);
        if (known instanceof PDFormXObject form) {
            return form;
        }
        // A figure drawn for an earlier document is copied (same bytes), not drawn again.
        PDFormXObject form = drawn.form(key, document, d -> paint(d, figure, width, height, language));
        remember(document, key, form);
        return form;
    }

    private PDFormXObject paint(PDDocument document, Figure figure, float width, float height, Locale language)
            throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
        try {
            painter.paint(g, figure, 0, 0, width, height, language);
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        VectorContent.compact(form);
        return form;
    }

    private PDImageXObject photo(PictureTarget target, EmbeddedImage photo, String whose) throws IOException {
        Object known = lookup(target.document(), photo);
        if (known instanceof PDImageXObject image) {
            return image;
        }
        PhotoDecoder.BadPhoto bad;
        if (known instanceof PhotoDecoder.BadPhoto refused) {
            bad = refused;
        } else {
            try {
                PDImageXObject image = PhotoDecoder.toXObject(target.document(), photo);
                remember(target.document(), photo, image);
                return image;
            } catch (PhotoDecoder.BadPhoto refused) {
                remember(target.document(), photo, refused);
                bad = refused;
            }
        }
        target.warn(
                switch (bad.kind) {
                    case "tooLarge" -> text("photo.tooLarge", whose, bad.width, bad.height);
                    case "unsupported" -> text("photo.unsupported", whose);
                    default -> text("photo.unreadable", whose, bad.getMessage());
                });
        return null;
    }

    /** The photo scaled to fit the box, keeping its proportions, centred. */
    private static void drawPhoto(
            PDPageContentStream cs, PDImageXObject image, float x, float y, float width, float height)
            throws IOException {
        float inset = 2f;
        float w = width - 2 * inset;
        float h = height - 2 * inset;
        float scale = Math.min(w / image.getWidth(), h / image.getHeight());
        float dw = image.getWidth() * scale;
        float dh = image.getHeight() * scale;
        cs.drawImage(image, x + (width - dw) / 2, y + (height - dh) / 2, dw, dh);
    }

    private Object lookup(PDDocument document, Object key) {
        synchronized (stored) {
            Map<Object, Object> forDocument = stored.get(document);
            return forDocument == null ? null : forDocument.get(key);
        }
    }

    private void remember(PDDocument document, Object key, Object value) {
        synchronized (stored) {
            stored.computeIfAbsent(document, d -> new HashMap<>()).put(key, value);
        }
    }

    private static String text(String key, Object... args) {
        return MESSAGES.get(key, args);
    }
}
