package org.backsheet.model;

/**
 * The clinic printed at the top of a handout; every field may be null. {@code unknownFields} keeps what a newer
 * version wrote inside {@code clinic}, so re-saving the sheet loses nothing.
 */
public record Clinic(String name, String contact, EmbeddedImage logo, UnknownFields unknownFields) {

    public static final Clinic NONE = new Clinic(null, null, null, UnknownFields.NONE);

    public Clinic {
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public Clinic(String name, String contact, EmbeddedImage logo) {
        this(name, contact, logo, UnknownFields.NONE);
    }

    public Clinic withName(String value) {
        return new Clinic(value, contact, logo, unknownFields);
    }

    public Clinic withContact(String value) {
        return new Clinic(name, value, logo, unknownFields);
    }

    public Clinic withLogo(EmbeddedImage value) {
        return new Clinic(name, contact, value, unknownFields);
    }

    /** True when nothing is printed for the clinic (fields kept for a newer version do not count). */
    public boolean isEmpty() {
        return isBlank(name) && isBlank(contact) && logo == null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
