package org.backsheet.model;

import java.util.List;
import java.util.Objects;

/**
 * The signs that mean "stop exercising and get help", in two tiers: what needs emergency care now, and what
 * needs a doctor soon. Fixed text of the program: a sheet can reword its disclaimer, never these.
 */
public record WarningSigns(Tier emergency, Tier doctorSoon) {

    /** One tier: its lead-in line ("Stop and get emergency care now if you have:") and its signs. */
    public record Tier(String heading, List<String> signs) {

        public Tier {
            Objects.requireNonNull(heading, "heading");
            signs = List.copyOf(signs);
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
