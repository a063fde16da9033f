package org.backsheet.image;

/** Why a picture cannot be used; the message is a short reason in words for the clinician. */
public final class PictureException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of refusal, which callers word differently. */
    public enum Kind {
        /** Neither PNG nor JPEG. */
        UNSUPPORTED,
        /** Declares more pixels than {@link Pictures#MAX_SIDE} / {@link Pictures#MAX_PIXELS} allow. */
        TOO_LARGE,
        /** The handout already decoded as many pixels as one sheet may ({@link PictureBudget}). */
        OVER_BUDGET,
        /** Damaged or incomplete. */
        UNREADABLE
    }

    private final Kind kind;
    private final int width;
    private final int height;

    PictureException(Kind kind, String reason, int width, int height) {
        super(reason);
        this.kind = kind;
        this.width = width;
        this.height = height;
    }

    public Kind kind() {
        return kind;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
