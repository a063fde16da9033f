package org.backsheet.model;

/** How demanding an exercise is. */
public enum Level {
    BASIC,
    ADVANCED
}
