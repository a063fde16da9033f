package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;

/**
 * Every dose field, in every language the catalog speaks, has its own words and reaches both the detailed
 * handout and the compact sheet: a field added to {@link DoseField} without words fails here, not silently.
 */
class DoseWordsTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(CATALOG, "BackSheet test", new FigurePictures());

    @Test
    void everyFieldHasWordsWithItsNumberInEveryLanguage() {
        for (String language : CATALOG.languages()) {
            Labels labels = new Labels(language);
            for (DoseField field : DoseField.values()) {
                if (field.isFlag()) {
                    continue;
                }
                for (int n : List.of(1, 2, field.max())) {
                    List<DoseWords.Phrase> phrases = DoseWords.of(Dose.EMPTY.with(field, n), labels);
                    assertThat(phrases).as("%s %s", language, field).hasSize(1);
                    DoseWords.Phrase p = phrases.get(0);
                    // one may be said in words, without its number: "Every hour"
                    assertThat(p.number())
                            .as("%s %s %d", language, field, n)
                            .isIn(n == 1 ? List.of(labels.number(n), "") : List.of(labels.number(n)));
                    assertThat(p.text()).as("%s %s", language, field).doesNotContain("dose.line");
                }
                assertThat(DoseWords.of(Dose.EMPTY.with(field, 1), labels)
                                .get(0)
                                .text())
                        .as("%s %s: singular differs from plural", language, field)
                        .isNotEqualTo(DoseWords.of(Dose.EMPTY.with(field, 2), labels)
                                .get(0)
                                .text()
                                .replace(labels.number(2), labels.number(1)));
            }
        }
    }

    @Test
    void eachSideIsPartOfTheFirstPhraseThatCanCarryIt() {
        Labels en = new Labels("en");
        assertThat(DoseWords.of(Dose.EMPTY.withReps(10).withHoldSeconds(5).withPerSide(true), en))
                .extracting(DoseWords.Phrase::text)
                .containsExactly("10 times on each side", "Hold 5 seconds each time");
        assertThat(DoseWords.of(Dose.EMPTY.withHoldSeconds(30).withPerSide(true), en))
                .extracting(DoseWords.Phrase::text)
                .containsExactly("Hold 30 seconds on each side");
        assertThat(DoseWords.of(Dose.EMPTY.withTimesPerDay(2).withPerSide(true), en))
                .extracting(DoseWords.Phrase::text)
                .containsExactly("On each side", "2 times a day");
        assertThat(DoseWords.of(Dose.EMPTY.withReps(1).withPerSide(true), new Labels("es")))
                .extracting(DoseWords.Phrase::text)
                .containsExactly("1 vez por lado");
    }

    @Test
    void everyFieldPrintsOnTheHandoutAndTheCompactSheetInEveryLanguage() throws Exception {
        Dose all = Dose.EMPTY;
        int value = 2;
        for (DoseField field : DoseField.values()) {
            all = field.isFlag() ? all : all.with(field, Math.min(value++, field.max()));
        }
        for (String language : CATALOG.languages()) {
            for (Layout layout : Layout.values()) {
                // the compact sheet's sentence uses the brief words and starts each later phrase in lower case
                Labels labels = new Labels(language);
                List<String> expected = new ArrayList<>();
                for (DoseWords.Phrase p :
                        layout == Layout.COMPACT ? DoseWords.brief(all, labels) : DoseWords.of(all, labels)) {
                    expected.add(p.text());
                }
                Sheet sheet = Sheet.empty()
                        .withLanguage(language)
                        .withLayout(layout)
                        .withItems(List.of(SheetItem.of("bridging").withDose(all)));
                String text = PdfText.render(RENDERER, sheet).flat();
                for (String phrase : expected) {
                    assertThat(text).as("%s %s", language, layout).containsIgnoringCase(phrase);
                }
            }
        }
    }

    /** The plural words of each language: none may follow a 1 ("1 sets", "1 veces al día" once printed). */
    static final Map<String, Pattern> PLURAL_AFTER_ONE = Map.of(
            "en", Pattern.compile("(?i)\\b1 (times|sets|seconds|minutes|days)\\b"),
            "es", Pattern.compile("(?i)\\b1 (veces|series|segundos|minutos|d\u00edas)\\b"));

    @Test
    void everyFieldAgreesWithOneOnBothSheetsInEveryLanguage() throws Exception {
        for (String language : CATALOG.languages()) {
            Pattern plural = PLURAL_AFTER_ONE.get(language);
            assertThat(plural).as("plural words of %s", language).isNotNull();
            for (boolean perSide : List.of(false, true)) {
                List<SheetItem> items = onesAloneAndTogether().stream()
                        .map(dose -> SheetItem.of("bridging").withDose(dose.withPerSide(perSide)))
                        .toList();
                for (Layout layout : Layout.values()) {
                    Sheet sheet = Sheet.empty()
                            .withLanguage(language)
                            .withLayout(layout)
                            .withItems(items);
                    Matcher wrong =
                            plural.matcher(PdfText.render(RENDERER, sheet).flat());
                    assertThat(wrong.find() ? wrong.group() : null)
                            .as("%s %s each side %s", language, layout, perSide)
                            .isNull();
                }
            }
        }
    }

    /** Each field at 1 alone, then all of them at 1 (where "each side" joins another phrase). */
    private static List<Dose> onesAloneAndTogether() {
        List<Dose> doses = new ArrayList<>();
        Dose all = Dose.EMPTY;
        for (DoseField field : DoseField.values()) {
            if (!field.isFlag()) {
                doses.add(Dose.EMPTY.with(field, 1));
                all = all.with(field, 1);
            }
        }
        doses.add(all);
        return doses;
    }
}
