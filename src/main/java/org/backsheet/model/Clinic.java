package org.backsheet.model;

/** The clinic printed at the top of a handout; every field may be null. */
public record Clinic(String name, String contact, EmbeddedImage logo) {

    public static final Clinic NONE = new Clinic(null, null, null);

    public Clinic withName(String value) {
        return new Clinic(value, contact, logo);
    }

    public Clinic withContact(String value) {
        return new Clinic(name, value, logo);
    }

    public Clinic withLogo(EmbeddedImage value) {
        return new Clinic(name, contact, value);
    }

    public boolean isEmpty() {
        return isBlank(name) && isBlank(contact) && logo == null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
