package org.backsheet.io;

import java.nio.file.Path;

/**
 * Where BackSheet keeps the user's own data: {@code ~/.backsheet} unless the environment variable
 * {@code BACKSHEET_HOME} (or the system property {@code backsheet.home}, handy in tests) names another folder.
 * The editor and the command line both ask here, so they always agree on the user's library.
 */
public final class UserDataFolders {

    /** Environment variable that moves the whole data folder, e.g. to a network drive. */
    public static final String HOME_VARIABLE = "BACKSHEET_HOME";
    /** System property with the same meaning; wins over the environment variable. */
    public static final String HOME_PROPERTY = "backsheet.home";

    private UserDataFolders() {}

    /** The data folder itself (it may not exist yet). */
    public static Path root() {
        String fromProperty = System.getProperty(HOME_PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Path.of(fromProperty);
        }
        String fromEnvironment = System.getenv(HOME_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), ".backsheet");
    }

    /** The clinic's own exercises, one {@code .exercise.json} file each. */
    public static Path library() {
        return root().resolve("library");
    }

    /** Copies of unsaved sheets the editor keeps so a crash loses nothing. */
    public static Path recovery() {
        return root().resolve("recovery");
    }

    /** The clinic's own sheet templates, one {@code .backsheet.json} file each (no patient, no date). */
    public static Path templates() {
        return root().resolve("templates");
    }

    /** The editor's settings. */
    public static Path preferences() {
        return root().resolve("preferences");
    }
}
