package org.backsheet.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Path building for the few shapes the handout uses that PDFBox has no operator for. */
final class Shapes {

    /** How far a Bezier control point sits along the tangent to approximate a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private Shapes() {}

    /** Appends a rounded rectangle path; the caller strokes or fills it. */
    static void roundedRect(PDPageContentStream cs, float x, float y, float w, float h, float r) throws IOException {
        r = Math.max(0, Math.min(r, Math.min(w, h) / 2));
        float k = r * KAPPA;
        cs.moveTo(x + r, y);
        cs.lineTo(x + w - r, y);
        cs.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        cs.lineTo(x + w, y + h - r);
        cs.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        cs.lineTo(x + r, y + h);
        cs.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        cs.lineTo(x, y + r);
        cs.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        cs.closePath();
    }
}
