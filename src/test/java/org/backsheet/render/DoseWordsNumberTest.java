package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Dose;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where the handout builds words around a number (the dose table and the compact dose line), 1 takes the
 * singular and 2 the plural, in every language: no "1 series" or "1 días por semana".
 */
class DoseWordsNumberTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(CATALOG, "BackSheet test", new FigurePictures());

    /** The plural word forms that must never follow a 1, by language. */
    private static final Map<String, List<String>> PLURALS = Map.of(
            "en", List.of("sets", "times", "seconds", "minutes", "days"),
            "es", List.of("series", "veces", "segundos", "minutos", "días"));

    private static String render(String language, Layout layout, int n) throws IOException {
        Dose dose = Dose.EMPTY
                .withSets(n)
                .withReps(n)
                .withHoldSeconds(n)
                .withTimesPerDay(n)
                .withDaysPerWeek(n);
        Sheet sheet = Sheet.empty()
                .withLanguage(language)
                .withLayout(layout)
                .withAdvice(List.of())
                .withItems(List.of(
                        SheetItem.of("bridging").withDose(dose),
                        SheetItem.of("stationary-bike")
                                .withDose(Dose.EMPTY.withMinutes(n).withTimesPerDay(n))));
        return PdfText.render(RENDERER, sheet).flat();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void oneIsSingularAndTwoIsPlural(Layout layout) throws IOException {
        assertThat(CATALOG.languages()).containsAll(PLURALS.keySet());
        for (var entry : PLURALS.entrySet()) {
            String one = render(entry.getKey(), layout, 1);
            String two = render(entry.getKey(), layout, 2);
            for (String plural : entry.getValue()) {
                assertThat(one).as("%s %s", entry.getKey(), layout).doesNotContain("1 " + plural);
            }
            assertThat(entry.getValue())
                    .as("%s %s: some plural after 2", entry.getKey(), layout)
                    .anyMatch(plural -> two.contains("2 " + plural));
        }
    }
}
