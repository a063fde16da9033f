package org.backsheet.model;

/** Paper sizes a handout can be laid out for; sizes are in PDF points (1/72 inch). */
public enum PageSize {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    private final float widthPt;
    private final float heightPt;

    PageSize(float widthPt, float heightPt) {
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    public float widthPt() {
        return widthPt;
    }

    public float heightPt() {
        return heightPt;
    }
}
