package org.backsheet.io;

/**
 * Sizes beyond which a file is refused rather than read: a damaged or hostile file must not freeze the editor
 * or exhaust memory. The numbers are far above anything a real handout needs.
 */
public final class Limits {

    /** Largest file read, checked before reading it. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Longest text in any one field (a note, a step, the disclaimer). */
    public static final int MAX_TEXT_CHARS = 100_000;
    /**
     * Most text in one sheet file altogether (titles, notes, advice, carried exercises): about 200 printed
     * pages. Each field has its own limit too, but 500 notes at that limit would still make a handout of tens
     * of thousands of pages.
     */
    public static final int MAX_SHEET_TEXT_CHARS = 600_000;
    /** Most characters of fields this version does not know, kept per object for saving them again. */
    public static final int MAX_UNKNOWN_CHARS = 1_000_000;
    /** Most exercises on one sheet. */
    public static final int MAX_ITEMS = 500;

    private Limits() {}
}
