package org.backsheet.model;

/** How exercises are laid out on the handout. */
public enum Layout {
    /** One block per exercise: pictures beside the steps and the dose table. */
    DETAILED,
    /** Many exercises per page in a table with small pictures: a reminder sheet. */
    COMPACT
}
