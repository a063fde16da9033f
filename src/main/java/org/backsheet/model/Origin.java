package org.backsheet.model;

/** Where an exercise comes from: shipped with the program, or made by the clinic. */
public enum Origin {
    BUILT_IN,
    USER
}
