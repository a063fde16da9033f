package org.backsheet.render.pdf;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Finished form XObjects kept across documents: the first document draws a form, every later one gets a copy
 * of its finished bytes and dictionaries. Drawing an exercise figure through Graphics2D costs about a third
 * of a handout's rendering, and a batch of handouts draws the same few figures over and over.
 *
 * <p>A copy is the same PDF objects in the same order with the same stream bytes, so a handout comes out
 * byte for byte as if the form had been drawn for it. Thread-safe; holds at most {@link #LIMIT} forms and
 * starts afresh when full (the editor's pose editor makes a new figure at every change).
 *
 * @param <K> what identifies a drawing (equal keys must draw equal forms)
 */
public final class FormTemplates<K> {

    /** Far more than the built-in figures at the handout's few picture sizes; each form is a few kB. */
    static final int LIMIT = 512;

    /** Draws a form into {@code document} the slow way. */
    @FunctionalInterface
    public interface Drawing {
        PDFormXObject draw(PDDocument document) throws IOException;
    }

    private final Map<K, CosSnapshot> templates = new ConcurrentHashMap<>();

    /** The form for {@code key} in {@code document}: copied when known, else drawn and remembered. */
    public PDFormXObject form(K key, PDDocument document, Drawing drawing) throws IOException {
        CosSnapshot known = templates.get(key);
        if (known != null) {
            return new PDFormXObject((COSStream) known.copyInto(document));
        }
        PDFormXObject drawn = drawing.draw(document);
        if (templates.size() >= LIMIT) {
            templates.clear();
        }
        templates.putIfAbsent(key, CosSnapshot.of(drawn.getCOSObject()));
        return drawn;
    }

    /** How many drawn forms are kept (for tests). */
    public int size() {
        return templates.size();
    }
}
