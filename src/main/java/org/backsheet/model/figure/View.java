package org.backsheet.model.figure;

/**
 * From where a figure is seen. {@code SIDE} suits most exercises; {@code THREE_QUARTER} looks from beyond the feet,
 * round toward the person's left side, and from above, so that a person lying on the back with the knees falling
 * to one side reads at once. {@code FEET} looks from beyond the feet and nearly from above at a person lying on the
 * back, so a leg crossing over the other runs across the page (the leg twist; blind readers took bent knees seen so
 * for straight legs, or for sitting cross-legged). Both are drawn as the person is really seen, facing the reader:
 * their right on the reader's left.
 * {@code RAISED_SIDE} looks from the person's near side, as {@code SIDE} does, but from above: a lying person keeps
 * the side view's silhouette (head on the left, knees bent up) on a mat seen as a floor. Lower back rotation uses it,
 * its knees dropped toward the reader; blind readers took knees dropped away from the reader for knees held up in the
 * middle. docs/figures.md offers it as a value of an exercise file's {@code view}, so a clinic's own exercise file may
 * name it, and the file formats change only by adding (a file that was read must go on being read, and drawn as
 * before).
 * {@code FRONT} and {@code TOP} are kept for figures drawn by earlier versions.
 */
public enum View {
    SIDE,
    TOP,
    FRONT,
    THREE_QUARTER,
    FEET,
    RAISED_SIDE
}
