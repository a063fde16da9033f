package org.backsheet.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The problems met while rendering one handout, each reported once, in the order they were found. */
final class Warnings {

    private final Set<String> messages = new LinkedHashSet<>();

    void add(String message) {
        messages.add(message);
    }

    List<String> list() {
        return new ArrayList<>(messages);
    }
}
