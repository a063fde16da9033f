package org.backsheet.render;

import java.io.IOException;

/** Lines for the clinician's signature and the date, with room above them to write. */
final class SignatureBlock implements Block {

    private final String signatureLabel;
    private final String dateLabel;
    private final TextStyle labelStyle;
    private final float width;
    private final float writingSpace;

    SignatureBlock(LayoutContext l, float width) {
        String who = l.sheet.clinician();
        String label = l.labels.get("signature.clinician");
        this.signatureLabel = l.cleanLine(who == null || who.isBlank() ? label : label + " \u2013 " + who.strip());
        this.dateLabel = l.cleanLine(l.labels.get("signature.date"));
        this.labelStyle = l.type.body;
        this.width = width;
        this.writingSpace = l.type.scale(34);
    }

    @Override
    public float height() {
        return writingSpace + labelStyle.lineHeight() + 2;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        float lineY = top - writingSpace;
        float signWidth = width * 0.6f;
        float dateX = x + width * 0.68f;
        canvas.line(Typography.INK, 0.75f, x, lineY, x + signWidth, lineY);
        canvas.line(Typography.INK, 0.75f, dateX, lineY, x + width, lineY);
        float labelTop = lineY - 2;
        canvas.textInBox(fit(signatureLabel, signWidth), labelStyle, x, labelTop);
        canvas.textInBox(fit(dateLabel, x + width - dateX), labelStyle, dateX, labelTop);
    }

    /** Shortens a label that would run past its line (a very long clinician name). */
    private String fit(String text, float max) {
        String s = text;
        while (!s.isEmpty() && TextWrapper.width(s, labelStyle) > max) {
            s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
        }
        return s;
    }
}
