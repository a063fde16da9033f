package org.backsheet.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule for a video or web link on an item or an exercise ({@code link} in the files): an https address
 * of at most {@link #MAX_LENGTH} characters without spaces. Only https is allowed because the handout prints it
 * as a QR code a patient scans: an address in plain http (or any other scheme) could be changed on the way.
 * The file readers and the editor both check links here, so both refuse the same ones.
 */
public final class WebLink {

    public static final int MAX_LENGTH = 2000;
    private static final String SCHEME = "https://";

    /** What is wrong with a link; the readers and the editor each say it in their own words. */
    public enum Problem {
        /** Not an https address (http, mailto, no scheme ...). */
        NOT_HTTPS,
        /** Spaces, tabs, line breaks or other invisible characters inside the address. */
        HAS_SPACES,
        /** Longer than {@link #MAX_LENGTH} characters. */
        TOO_LONG
    }

    private WebLink() {}

    /** What keeps {@code link} from being used; empty when it is a good https address (or null: no link). */
    public static Optional<Problem> check(String link) {
        if (link == null) {
            return Optional.empty();
        }
        if (link.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (link.codePoints()
                .anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c))) {
            return Optional.of(Problem.HAS_SPACES);
        }
        boolean https = link.length() > SCHEME.length()
                && link.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)
                && link.charAt(SCHEME.length()) != '/';
        return https ? Optional.empty() : Optional.of(Problem.NOT_HTTPS);
    }

    public static boolean isValid(String link) {
        return check(link).isEmpty();
    }
}
