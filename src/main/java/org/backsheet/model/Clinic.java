package org.backsheet.model;

/**
 * The clinic printed at the top of a handout; every field may be null. {@code emergencyNumber} is the number to call
 * for emergency care where the clinic is (112, 911, 999...): the safety box then says "call 112" instead of "call
 * your local emergency number", which a patient reader could not act on. {@code unknownFields} keeps what a newer
 * version wrote inside {@code clinic}, so re-saving the sheet loses nothing.
 */
public record Clinic(
        String name, String contact, EmbeddedImage logo, String emergencyNumber, UnknownFields unknownFields) {

    public static final Clinic NONE = new Clinic(null, null, null, null, UnknownFields.NONE);

    public Clinic {
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** A clinic built by name: every field left out is null (none). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this clinic's values, to change several at once. */
    public Builder toBuilder() {
        return new Builder()
                .name(name)
                .contact(contact)
                .logo(logo)
                .emergencyNumber(emergencyNumber)
                .unknownFields(unknownFields);
    }

    public Clinic withName(String value) {
        return new Clinic(value, contact, logo, emergencyNumber, unknownFields);
    }

    public Clinic withContact(String value) {
        return new Clinic(name, value, logo, emergencyNumber, unknownFields);
    }

    public Clinic withLogo(EmbeddedImage value) {
        return new Clinic(name, contact, value, emergencyNumber, unknownFields);
    }

    public Clinic withEmergencyNumber(String value) {
        return new Clinic(name, contact, logo, value, unknownFields);
    }

    /**
     * True when nothing is printed for the clinic in the header (fields kept for a newer version do not count; the
     * emergency number prints in the safety box, not the header).
     */
    public boolean isEmpty() {
        return isBlank(name) && isBlank(contact) && logo == null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Collects a {@link Clinic}'s values by name ({@link #builder()}, {@link #toBuilder()}). */
    public static final class Builder {
        private String name;
        private String contact;
        private EmbeddedImage logo;
        private String emergencyNumber;
        private UnknownFields unknownFields = UnknownFields.NONE;

        private Builder() {}

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder contact(String v) {
            contact = v;
            return this;
        }

        public Builder logo(EmbeddedImage v) {
            logo = v;
            return this;
        }

        public Builder emergencyNumber(String v) {
            emergencyNumber = v;
            return this;
        }

        public Builder unknownFields(UnknownFields v) {
            unknownFields = v;
            return this;
        }

        public Clinic build() {
            return new Clinic(name, contact, logo, emergencyNumber, unknownFields);
        }
    }
}
