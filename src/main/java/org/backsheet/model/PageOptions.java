package org.backsheet.model;

import java.util.Objects;

/** Paper size and print size of a handout. */
public record PageOptions(PageSize size, boolean largePrint) {

    public static final PageOptions DEFAULT = new PageOptions(PageSize.A4, false);

    public PageOptions {
        Objects.requireNonNull(size, "size");
    }

    public PageOptions withSize(PageSize newSize) {
        return new PageOptions(newSize, largePrint);
    }

    public PageOptions withLargePrint(boolean newLargePrint) {
        return new PageOptions(size, newLargePrint);
    }
}
