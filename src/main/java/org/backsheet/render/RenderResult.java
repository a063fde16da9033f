package org.backsheet.render;

import java.util.List;

/** What rendering a handout produced: how many pages, and the problems that did not stop it. */
public record RenderResult(int pageCount, List<String> warnings) {

    public RenderResult {
        warnings = List.copyOf(warnings);
    }
}
