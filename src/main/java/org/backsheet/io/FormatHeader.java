package org.backsheet.io;

/**
 * The {@code format} and {@code version} every BackSheet file starts with. A file of another kind or of a
 * newer version is refused at once: its other fields may mean something this version cannot know.
 */
final class FormatHeader {

    private FormatHeader() {}

    /**
     * Checks the header; returns false when reading must stop (wrong kind of file, or too new), after reporting
     * why. A missing or malformed version is reported and reading goes on.
     */
    static boolean check(JsonFields root, String expectedFormat, int knownVersion, String kindInWords) {
        Problems problems = root.problems();
        JsonNode format = root.get("format");
        if (format == null) {
            problems.at(
                    root.pathOf("format"),
                    "missing; a " + kindInWords + " file starts with \"format\": \"" + expectedFormat + "\"");
            return false;
        }
        if (!format.is(JsonNode.Kind.STRING) || !format.text().equals(expectedFormat)) {
            String found =
                    format.is(JsonNode.Kind.STRING) ? "\"" + JsonNode.shorten(format.text()) + "\"" : format.describe();
            problems.at(
                    root.pathOf("format"),
                    "this is not a BackSheet " + kindInWords + " file (format is " + found + ", expected \""
                            + expectedFormat + "\")");
            return false;
        }
        JsonNode version = root.get("version");
        if (version == null) {
            problems.at(root.pathOf("version"), "missing; write \"version\": " + knownVersion);
            return true;
        }
        Integer v = version.is(JsonNode.Kind.NUMBER) ? positiveInt(version.text()) : null;
        if (v == null) {
            problems.at(
                    root.pathOf("version"),
                    "must be a whole number such as " + knownVersion + ", not " + version.describe());
            return true;
        }
        if (v > knownVersion) {
            problems.at(
                    root.pathOf("version"),
                    "this file was made by a newer BackSheet (file format version " + v
                            + "; this BackSheet reads up to version " + knownVersion + "). Please update BackSheet to "
                            + "open it");
            return false;
        }
        return true;
    }

    /** The value of a plain positive whole number of up to nine digits, else null. */
    private static Integer positiveInt(String digits) {
        if (digits.isEmpty() || digits.length() > 9 || digits.charAt(0) == '0') {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(digits);
    }
}
