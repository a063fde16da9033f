package org.backsheet.model;

import java.util.Objects;

/**
 * Paper size and print size of a handout. {@code unknownFields} keeps what a newer version wrote inside
 * {@code page}, so re-saving the sheet loses nothing.
 */
public record PageOptions(PageSize size, boolean largePrint, UnknownFields unknownFields) {

    public static final PageOptions DEFAULT = new PageOptions(PageSize.A4, false, UnknownFields.NONE);

    public PageOptions {
        Objects.requireNonNull(size, "size");
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public PageOptions(PageSize size, boolean largePrint) {
        this(size, largePrint, UnknownFields.NONE);
    }

    public PageOptions withSize(PageSize newSize) {
        return new PageOptions(newSize, largePrint, unknownFields);
    }

    public PageOptions withLargePrint(boolean newLargePrint) {
        return new PageOptions(size, newLargePrint, unknownFields);
    }
}
