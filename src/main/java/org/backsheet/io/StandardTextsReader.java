package org.backsheet.io;

import org.backsheet.model.StandardTexts;

/** Reads a standard texts file ({@code backsheet/texts}): advice, avoid list and disclaimers in one language. */
final class StandardTextsReader {

    static final String FORMAT = "backsheet/texts";
    static final int FORMAT_VERSION = 1;

    private StandardTextsReader() {
    }

    static StandardTexts read(String fileName, byte[] content) throws FileFormatException {
        JsonNode root = JsonDocument.parseObject(fileName, content);
        Problems problems = new Problems(fileName);
        JsonFields f = new JsonFields(root, problems);
        if (!FormatHeader.check(f, FORMAT, FORMAT_VERSION, "standard texts")) {
            problems.throwIfErrors();
        }
        String language = required(f, f.text("language"), "language");
        var advice = f.textList("advice");
        var avoid = f.textList("avoid");
        String disclaimer = required(f, f.text("disclaimer"), "disclaimer");
        String shortDisclaimer = required(f, f.text("shortDisclaimer"), "shortDisclaimer");
        if (advice == null) {
            problems.at("advice", "missing");
        }
        if (avoid == null) {
            problems.at("avoid", "missing");
        }
        problems.throwIfErrors();
        return new StandardTexts(language, advice, avoid, disclaimer, shortDisclaimer);
    }

    private static String required(JsonFields f, String value, String name) {
        if (value == null || value.isBlank()) {
            f.problems().at(name, "missing or empty");
        }
        return value;
    }
}
