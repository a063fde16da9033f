package org.backsheet.render;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Clinic;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;
import org.backsheet.model.Layout;
import org.backsheet.model.PageOptions;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;

/**
 * Builds a sheet a clinician could have made, from the fuzzer's bytes: any Unicode text (control characters,
 * lone surrogates, right-to-left marks, emoji, scripts the font lacks), 0 to 200 exercises of the catalog,
 * every dose within its bounds, either paper size, large print or not.
 */
final class FuzzedSheets {

    static final int MAX_ITEMS = 200;
    static final int MAX_TEXT = 20_000;

    /** Characters that have broken text drawing in PDF libraries; mixed into the fuzzer's own text. */
    private static final String[] TROUBLE = {
        "\u0000",
        "\t",
        "\n",
        "\r\n",
        "\u000B",
        "\u001B",
        "\u007F",
        "\u0085",
        "\u00A0",
        "\u00AD",
        "\u200B",
        "\u200D",
        "\u200E",
        "\u200F",
        "\u202A",
        "\u202E",
        "\u2028",
        "\u2029",
        "\u2066",
        "\uFEFF",
        "\uFFFD",
        "\uFFFF",
        "\uD800",
        "\uDC00",
        "\uD83D\uDE00",
        "\uD83D\uDC4D\uD83C\uDFFD",
        "\u0301",
        "e\u0301",
        "\u05E9\u05DC\u05D5\u05DD",
        "\u0645\u0631\u062D\u0628\u0627",
        "\u4E2D\u6587",
        "\u0928\u092E\u0938\u094D\u0924\u0947",
        "\u0141\u00F3d\u017A",
        "\u03A9\u03B4\u03B5",
        "\u0416\u0438\u0437\u043D\u044C",
        "\uD835\uDD38",
        "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
        "supercalifragilisticexpialidocious-and-then-some-more-without-any-break-at-all",
        " ",
        "  ",
        "-",
        "\u2014",
        "&",
        "<b>",
        "%s",
        "${x}",
        "\\",
        "(",
        ")",
    };

    private FuzzedSheets() {}

    static Sheet sheet(FuzzedDataProvider data, List<String> exerciseIds) {
        int itemCount = data.consumeInt(0, MAX_ITEMS);
        List<SheetItem> items = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            String id = exerciseIds.get(data.consumeInt(0, exerciseIds.size() - 1));
            items.add(new SheetItem(id, dose(data), maybeText(data, 400), null, null));
        }
        // A few items may carry one very long note, up to the 20,000 characters of the brief.
        if (!items.isEmpty() && data.consumeBoolean()) {
            int which = data.consumeInt(0, items.size() - 1);
            items.set(which, items.get(which).withNote(text(data, MAX_TEXT)));
        }
        List<String> advice = null;
        if (data.consumeBoolean()) {
            int count = data.consumeInt(0, 12);
            advice = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                advice.add(text(data, 500));
            }
        }
        PageOptions page = new PageOptions(data.pickValue(PageSize.values()), data.consumeBoolean());
        return Sheet.empty()
                .withTitle(maybeText(data, 300))
                .withPatient(maybeText(data, 200))
                .withClinician(maybeText(data, 200))
                .withClinic(Clinic.builder()
                        .name(maybeText(data, 200))
                        .contact(maybeText(data, 300))
                        .build())
                .withDate(data.consumeBoolean() ? LocalDate.of(2026, 1, 1).plusDays(data.consumeInt(0, 3650)) : null)
                .withAdvice(advice)
                .withDisclaimer(data.consumeBoolean() ? text(data, 3000) : null)
                .withPage(page)
                .withLayout(data.pickValue(Layout.values()))
                .withTrackingDays(data.consumeBoolean() ? data.consumeInt(1, 31) : null)
                .withGroupByPosition(data.consumeBoolean())
                .withSignatureLine(data.consumeBoolean())
                .withItems(items);
    }

    private static Dose dose(FuzzedDataProvider data) {
        Dose dose = Dose.EMPTY;
        for (DoseField field : DoseField.values()) {
            if (data.consumeBoolean()) {
                dose = field.set(dose, data.consumeInt(field.min(), field.max()));
            }
        }
        return data.consumeBoolean() ? dose.withPerSide(data.consumeBoolean()) : dose;
    }

    private static String maybeText(FuzzedDataProvider data, int maxLength) {
        return data.consumeBoolean() ? text(data, maxLength) : null;
    }

    /** Text mixing the fuzzer's own characters with known troublemakers, at most {@code maxLength} long. */
    static String text(FuzzedDataProvider data, int maxLength) {
        StringBuilder text = new StringBuilder();
        int pieces = data.consumeInt(0, 8);
        for (int i = 0; i < pieces && text.length() < maxLength; i++) {
            switch (data.consumeInt(0, 3)) {
                case 0 -> text.append(data.pickValue(TROUBLE));
                case 1 -> text.append(data.consumeString(Math.min(200, maxLength)));
                case 2 -> text.append(String.valueOf(data.pickValue(TROUBLE)).repeat(data.consumeInt(1, 300)));
                default -> text.append("word ".repeat(data.consumeInt(1, 4000)));
            }
        }
        return text.length() > maxLength ? text.substring(0, maxLength) : text.toString();
    }
}
