package org.backsheet.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.backsheet.model.Clinic;
import org.backsheet.model.Dose;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Exercise;
import org.backsheet.model.HandoutOptions;
import org.backsheet.model.Layout;
import org.backsheet.model.Origin;
import org.backsheet.model.PageOptions;
import org.backsheet.model.PageSize;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetBuilder;
import org.backsheet.model.SheetItem;

/** Turns the JSON of a sheet file into a {@link Sheet}, reporting every problem with its field path. */
final class SheetReader {

    /** A short language code: en, es, pt-BR, zh-Hant. */
    static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final List<Integer> TRACKING_DAYS = List.of(7, 14, 28);

    private final Problems problems;

    private SheetReader(Problems problems) {
        this.problems = problems;
    }

    static Sheet read(String fileName, byte[] content) throws FileFormatException {
        JsonNode root = JsonDocument.parseObject(fileName, content);
        Problems problems = new Problems(fileName);
        Sheet sheet = new SheetReader(problems).sheet(new JsonFields(root, problems));
        if (problems.textChars() > Limits.MAX_SHEET_TEXT_CHARS) {
            // Each text may be within its own limit and the whole still far too long to print.
            problems.at(
                    "",
                    String.format(
                            Locale.ROOT,
                            "the sheet holds %,d characters of text; at "
                                    + "most %,d are allowed (a handout of a couple of hundred pages)",
                            problems.textChars(),
                            Limits.MAX_SHEET_TEXT_CHARS));
        }
        problems.throwIfErrors();
        if (sheet == null) {
            // Every path that gives up reports why; this guards against one that might not.
            throw new FileFormatException(Problem.ofFile(fileName, "the file could not be read"));
        }
        return sheet;
    }

    private Sheet sheet(JsonFields f) {
        if (!FormatHeader.check(f, Sheet.FORMAT, Sheet.FORMAT_VERSION, "sheet")) {
            return null;
        }
        // Read in file order, so that problems are reported in the order a reader meets them.
        SheetBuilder sheet = Sheet.builder()
                .title(f.text("title"))
                .patient(f.text("patient"))
                .clinician(f.text("clinician"))
                .clinic(clinic(f.object("clinic")))
                .date(date(f))
                .advice(f.textList("advice"))
                .disclaimer(f.text("disclaimer"))
                .options(HandoutOptions.DEFAULT
                        .withPage(page(f.object("page")))
                        .withLanguage(language(f))
                        .withLayout(f.choice("layout", Layout.class))
                        .withTrackingDays(trackingDays(f))
                        .withGroupByPosition(Boolean.TRUE.equals(f.bool("groupByPosition")))
                        .withSignatureLine(Boolean.TRUE.equals(f.bool("signatureLine"))));
        return sheet.items(items(f))
                .carriedExercises(carried(f))
                .unknownFields(f.unknownFields())
                .build();
    }

    /**
     * The copies of the clinic's own exercises the sheet carries ({@code "exercises"}), each checked like an
     * exercise file; problems are named by their place, e.g. {@code exercises[1].steps}.
     */
    private List<Exercise> carried(JsonFields f) {
        List<JsonNode> nodes = f.array("exercises");
        if (nodes == null) {
            return List.of();
        }
        if (nodes.size() > Limits.MAX_ITEMS) {
            problems.at(
                    "exercises",
                    "too many carried exercises (" + nodes.size() + "); a sheet holds at most " + Limits.MAX_ITEMS);
            return List.of();
        }
        List<Exercise> exercises = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (!node.is(JsonNode.Kind.OBJECT)) {
                problems.at(f.pathOf("exercises", i), "must be an exercise object, not " + node.describe());
                continue;
            }
            JsonFields fields = f.element(node, "exercises", i);
            Exercise e = ExerciseReader.exercise(fields, Origin.USER);
            if (e != null && !ids.add(e.id())) {
                problems.at(fields.pathOf("id"), "the exercise '" + e.id() + "' is carried twice");
            } else if (e != null) {
                exercises.add(e);
            }
        }
        return exercises;
    }

    private Clinic clinic(JsonFields c) {
        if (c == null) {
            return Clinic.NONE;
        }
        return Clinic.builder()
                .name(c.text("name"))
                .contact(c.text("contact"))
                .logo(ImageJson.read(c, "logo"))
                // optional, added in 1.x: an older version keeps it among the clinic's unknown fields and writes it
                // back
                .emergencyNumber(c.text("emergencyNumber"))
                .unknownFields(c.unknownFields())
                .build();
    }

    private LocalDate date(JsonFields f) {
        JsonNode v = f.get("date");
        if (v == null) {
            return null;
        }
        String hint = "must be a date written as yyyy-mm-dd (for example 2026-11-21), ";
        if (!v.is(JsonNode.Kind.STRING)) {
            problems.at("date", hint + "not " + v.describe());
            return null;
        }
        String text = v.text().trim();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                problems.at("date", "there is no such day as " + text);
                return null;
            }
        }
        problems.at("date", hint + "was \"" + JsonNode.shorten(v.text()) + "\"");
        return null;
    }

    private PageOptions page(JsonFields p) {
        if (p == null) {
            return PageOptions.DEFAULT;
        }
        PageSize size = p.choice("size", PageSize.class);
        Boolean largePrint = p.bool("largePrint");
        return new PageOptions(size == null ? PageSize.A4 : size, Boolean.TRUE.equals(largePrint), p.unknownFields());
    }

    private String language(JsonFields f) {
        String language = f.text("language");
        if (language == null) {
            return null;
        }
        if (!LANGUAGE.matcher(language).matches()) {
            problems.at(
                    "language",
                    "must be a short language code such as en, es or pt-BR, was \"" + JsonNode.shorten(language)
                            + "\"");
            return null;
        }
        return normalLanguage(language);
    }

    /** The usual spelling of a language code: {@code EN} to {@code en}, {@code pt-br} to {@code pt-BR}. */
    static String normalLanguage(String code) {
        String[] parts = code.split("-");
        StringBuilder b = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            b.append('-');
            if (p.length() == 2 && Character.isLetter(p.charAt(0))) {
                b.append(p.toUpperCase(Locale.ROOT));
            } else if (p.length() == 4) {
                b.append(p.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(p.substring(1).toLowerCase(Locale.ROOT));
            } else {
                b.append(p.toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }

    private Integer trackingDays(JsonFields f) {
        JsonNode v = f.get("trackingDays");
        if (v == null) {
            return null;
        }
        BigDecimal number = JsonNumbers.decimal(v);
        if (number != null) {
            for (Integer days : TRACKING_DAYS) {
                if (number.compareTo(BigDecimal.valueOf(days)) == 0) {
                    return days;
                }
            }
        }
        problems.at("trackingDays", "must be 7, 14 or 28 (days on the tracking chart), not " + v.describe());
        return null;
    }

    private List<SheetItem> items(JsonFields f) {
        if (f.get("items") == null) {
            problems.at("items", "missing; a sheet needs a list of exercises, \"items\": [ ... ] (it may be empty)");
            return List.of();
        }
        List<JsonNode> nodes = f.array("items");
        if (nodes == null) {
            return List.of();
        }
        if (nodes.size() > Limits.MAX_ITEMS) {
            problems.at(
                    "items", "too many exercises (" + nodes.size() + "); a sheet holds at most " + Limits.MAX_ITEMS);
            return List.of();
        }
        List<SheetItem> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SheetItem item = item(f, nodes.get(i), i);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private SheetItem item(JsonFields sheet, JsonNode node, int i) {
        if (!node.is(JsonNode.Kind.OBJECT)) {
            problems.at(
                    sheet.pathOf("items", i),
                    "must be an object such as {\"exercise\": \"pelvic-tilt\"}, not " + node.describe());
            return null;
        }
        JsonFields f = sheet.element(node, "items", i);
        JsonNode idNode = f.get("exercise");
        String id = null;
        if (idNode == null) {
            problems.at(
                    f.pathOf("exercise"),
                    "missing; each item names its exercise by id, e.g. " + "\"exercise\": \"pelvic-tilt\"");
        } else if (!idNode.is(JsonNode.Kind.STRING)) {
            problems.at(f.pathOf("exercise"), "must be an exercise id in double quotes, not " + idNode.describe());
        } else if (idNode.text().isBlank()) {
            problems.at(f.pathOf("exercise"), "must not be empty");
        } else {
            id = f.text(idNode, "exercise", -1);
        }
        Dose dose = DoseJson.read(f);
        String note = f.text("note");
        EmbeddedImage photo = ImageJson.read(f, "photo");
        String link = LinkJson.read(f);
        if (id == null) {
            return null;
        }
        return new SheetItem(id, dose, note, photo, link, f.unknownFields());
    }

    static String layoutName(Layout layout) {
        return layout.name().toLowerCase(Locale.ROOT);
    }
}
