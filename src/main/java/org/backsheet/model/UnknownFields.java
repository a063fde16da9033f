package org.backsheet.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of a file that this version of the program does not know, kept as raw JSON text by name so that a
 * file written by a newer version loses nothing when this version saves it again.
 */
public final class UnknownFields {

    public static final UnknownFields NONE = new UnknownFields(Map.of());

    private final Map<String, String> rawJsonByName;

    private UnknownFields(Map<String, String> rawJsonByName) {
        this.rawJsonByName = rawJsonByName;
    }

    /** Keeps the given fields in their original order. */
    public static UnknownFields of(Map<String, String> rawJsonByName) {
        if (rawJsonByName == null || rawJsonByName.isEmpty()) {
            return NONE;
        }
        return new UnknownFields(Collections.unmodifiableMap(new LinkedHashMap<>(rawJsonByName)));
    }

    /** Field name to its value as JSON text, in file order. */
    public Map<String, String> asMap() {
        return rawJsonByName;
    }

    public boolean isEmpty() {
        return rawJsonByName.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownFields other && rawJsonByName.equals(other.rawJsonByName);
    }

    @Override
    public int hashCode() {
        return rawJsonByName.hashCode();
    }

    @Override
    public String toString() {
        return "UnknownFields" + rawJsonByName.keySet();
    }
}
