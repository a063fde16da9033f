package org.backsheet.model;

import java.util.List;
import java.util.Objects;

/**
 * The signs that mean "stop exercising and get help", in two tiers: what needs emergency care now, and what
 * needs a doctor soon. Fixed text of the program: a sheet can reword its disclaimer, never these.
 */
public record WarningSigns(Tier emergency, Tier doctorSoon) {

    /**
     * One tier: its lead-in line ("Stop and get emergency care now if you have:") and its signs. {@code
     * headingWithNumber}, when given, is the lead-in for a clinic that named its emergency number: the same words
     * with "{0}" where the number goes ("... or call {0} now ...").
     */
    public record Tier(String heading, List<String> signs, String headingWithNumber) {

        /** Where the number goes in {@link #headingWithNumber}. */
        public static final String NUMBER = "{0}";

        public Tier {
            Objects.requireNonNull(heading, "heading");
            signs = List.copyOf(signs);
        }

        public Tier(String heading, List<String> signs) {
            this(heading, signs, null);
        }

        /** The lead-in naming {@code number} when there is one and this tier has words for it, else {@link #heading}. */
        public String heading(String number) {
            if (number == null || number.isBlank() || headingWithNumber == null) {
                return heading;
            }
            return headingWithNumber.replace(NUMBER, number.strip());
        }
    }

    public WarningSigns {
        Objects.requireNonNull(emergency, "emergency");
        Objects.requireNonNull(doctorSoon, "doctorSoon");
    }

    /** Both tiers, the most urgent first: the order they print in. */
    public List<Tier> tiers() {
        return List.of(emergency, doctorSoon);
    }
}
