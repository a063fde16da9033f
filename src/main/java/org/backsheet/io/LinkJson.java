package org.backsheet.io;

import java.util.Locale;
import org.backsheet.model.WebLink;

/** The {@code link} field of items and exercises: read and checked against {@link WebLink}'s rule. */
final class LinkJson {

    static final String FIELD = "link";

    private LinkJson() {}

    /** The link in {@code fields}, or null when absent; a bad one is reported by field and left unset. */
    static String read(JsonFields fields) {
        String link = fields.text(FIELD);
        WebLink.Problem problem = WebLink.check(link).orElse(null);
        if (problem != null) {
            fields.problems().at(fields.pathOf(FIELD), message(problem, link.length()));
            return null;
        }
        return link;
    }

    private static String message(WebLink.Problem problem, int length) {
        return switch (problem) {
            case NOT_HTTPS -> "must be an https:// address (a video or web page), e.g. \"https://example.org/video\"";
            case HAS_SPACES -> "must not contain spaces or line breaks";
            case TOO_LONG -> "must be at most " + String.format(Locale.ROOT, "%,d", WebLink.MAX_LENGTH)
                    + " characters, was " + String.format(Locale.ROOT, "%,d", length);
        };
    }
}
