package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backsheet.app.Version;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Layout;
import org.backsheet.model.PageOptions;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compact sheet's promise, on the real ten-exercise sample with the real catalog and pictures: page one holds
 * at least eight exercises even with advice, all ten without, and then the whole program fits on one page (English
 * on A4 and Letter, Spanish on A4); on A4 and Letter. The names are read back from each page's text.
 */
class CompactSheetTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(CATALOG, "BackSheet " + Version.get(), new FigurePictures());

    static Stream<Arguments> sheets() {
        return Stream.of("en", "es")
                .flatMap(language -> Stream.of(PageSize.A4, PageSize.LETTER).map(size -> Arguments.of(language, size)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sheets")
    void withAdviceAtLeastEightExercisesOnPageOne(String language, PageSize size) throws Exception {
        Sheet sheet = tenExercises(language, size);
        PdfText pdf = PdfText.render(RENDERER, sheet);
        assertThat(pdf.flat()).contains(new Labels(language).get("section.advice"));
        assertThat(namesOn(pdf, 0, sheet)).isGreaterThanOrEqualTo(8);
        // the advice comes after the exercises; some of it goes over with the closing, never the closing alone
        assertThat(pdf.pages.get(pdf.pages.size() - 1)).contains("\u2022");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sheets")
    void withoutAdviceAllTenExercisesAreOnPageOne(String language, PageSize size) throws Exception {
        Sheet sheet = tenExercises(language, size).withAdvice(List.of());
        PdfText pdf = PdfText.render(RENDERER, sheet);
        assertThat(namesOn(pdf, 0, sheet)).isEqualTo(10);
    }

    /**
     * Then the closing fits under them too: the whole program is one page. Spanish on Letter (a shorter page) was
     * some 35 pt too long, and its "Avoid these" and closing line stood alone on page two: it takes the closer form
     * now (a two-line name's dose run on after it).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sheets")
    void withoutAdviceTheWholeProgramIsOnePage(String language, PageSize size) throws Exception {
        Sheet sheet = tenExercises(language, size).withAdvice(List.of());
        PdfText pdf = PdfText.render(RENDERER, sheet);
        assertThat(pdf.pages).hasSize(1);
        assertThat(pdf.flat())
                .contains(PdfText.flat(CATALOG.standardTexts(language).avoid().get(0)));
    }

    /**
     * A page never holds only the closing ("Avoid these" and the closing line): when it cannot stay under the
     * exercises, the last row goes over with it. Large print takes more pages; the rule holds there too.
     */
    @ParameterizedTest(name = "{0} {1} large print {2}")
    @CsvSource({
        "en, A4, false", "en, LETTER, false", "es, A4, false", "es, LETTER, false",
        "en, A4, true", "en, LETTER, true", "es, A4, true", "es, LETTER, true"
    })
    void theClosingNeverStandsAloneOnAPage(String language, PageSize size, boolean large) throws Exception {
        Sheet sheet = tenExercises(language, size).withAdvice(List.of());
        sheet = sheet.withPage(new PageOptions(size, large));
        PdfText pdf = PdfText.render(RENDERER, sheet);
        int last = pdf.pages.size() - 1;
        assertThat(PdfText.flat(pdf.pages.get(last)))
                .contains(PdfText.flat(CATALOG.standardTexts(language).avoid().get(0)));
        if (last > 0) {
            assertThat(namesOn(pdf, last, sheet))
                    .as("exercises on the last page")
                    .isPositive();
        }
    }

    /**
     * A title of three lines and the clinic's own longer disclaimer leave no room for the closing on page one even
     * in the closer form: the last row of exercises goes over with it (eight exercises stay on page one), rather
     * than a page of "Avoid these" alone. (The title alone did this until the warning signs got shorter.)
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"A4", "LETTER"})
    void whenTheClosingMustSpillTheLastRowGoesWithIt(PageSize size) throws Exception {
        Sheet sheet = tenExercises("es", size)
                .withAdvice(List.of())
                .withTitle("Su rutina diaria para la espalda: ejercicios suaves para hacer en casa cada mañana, "
                        + "antes del desayuno, y cada tarde después del paseo")
                .withDisclaimer("Estos ejercicios son consejos generales y no sustituyen a una revisión. Antes de "
                        + "empezar, hable con su médico o con su fisioterapeuta para saber qué le causa el dolor, "
                        + "y vuelva a consultarle si algo le preocupa mientras hace el programa en casa.");
        PdfText pdf = PdfText.render(RENDERER, sheet);
        assertThat(pdf.pages).hasSize(2);
        assertThat(namesOn(pdf, 0, sheet)).isEqualTo(8);
        assertThat(namesOn(pdf, 1, sheet)).isEqualTo(2);
    }

    /**
     * The plan is one run-on paragraph: its later parts go on in lower case after the colon and semicolons.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Do your exercises in 2 sessions a day: session 1: all 10 exercises, about 28 minutes; session 2: "
                        + "exercises 1 to 5 and 7 again, about 12 minutes; not every day: exercise 10 on 5 days a week",
                "es|Haga sus ejercicios en 2 sesiones al día: sesión 1: los 10 ejercicios, unos 28 minutos; sesión 2: "
                        + "los ejercicios 1 a 5 y 7 otra vez, unos 12 minutos; no todos los días: ejercicio 10, 5 días "
                        + "por semana"
            })
    void thePlanRunsOnAsOneSentence(String language, String plan) throws Exception {
        PdfText pdf = PdfText.render(RENDERER, tenExercises(language, PageSize.A4));
        assertThat(PdfText.flat(pdf.pages.get(0))).contains(PdfText.flat(plan));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sheets")
    void theSafetyBoxComesFirstAndEverySignIsPrinted(String language, PageSize size) throws Exception {
        Sheet sheet = tenExercises(language, size);
        PdfText pdf = PdfText.render(RENDERER, sheet);
        String first = PdfText.flat(pdf.pages.get(0));
        String firstName = name(sheet.items().get(0), language);
        for (var tier : CATALOG.standardTexts(language).warningSigns().tiers()) {
            for (String sign : tier.signs()) {
                assertThat(first).contains(PdfText.flat(sign));
                assertThat(first.indexOf(PdfText.flat(sign))).isLessThan(first.indexOf(firstName));
            }
        }
    }

    /**
     * Nothing runs past the margins: the emergency tier's long bold lead-in once ran off the safety box and the
     * page edge ("... call your local emergen"). And a comma never starts a line.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sheets")
    void everyLineStaysInsideTheMarginsAndNoLineStartsWithAComma(String language, PageSize size) throws Exception {
        PdfText pdf = PdfText.render(RENDERER, tenExercises(language, size).withAdvice(List.of()));
        float margin = PageGeometry.MARGIN;
        assertThat(pdf.glyphs)
                .allSatisfy(g -> assertThat(g.x() + g.width()).isLessThanOrEqualTo(g.pageWidth() - margin + 0.5f));
        for (String page : pdf.pages) {
            assertThat(page.lines().map(String::strip)).noneMatch(line -> line.startsWith(","));
        }
    }

    private static Sheet tenExercises(String language, PageSize size) throws Exception {
        Sheet sample = SheetFiles.read(Path.of("samples/basic-daily-routine.backsheet.json"));
        assertThat(sample.items()).hasSize(10);
        return sample.withLayout(Layout.COMPACT)
                .withLanguage(language)
                .withAdvice(language.equals("en") ? sample.advice() : null)
                .withPage(sample.page().withSize(size));
    }

    /** How many of the sheet's exercise names appear on page {@code page} (0 is the first). */
    private static long namesOn(PdfText pdf, int page, Sheet sheet) {
        String text = PdfText.flat(pdf.pages.get(page));
        return sheet.items().stream()
                .filter(item -> text.contains(name(item, sheet.language())))
                .count();
    }

    private static String name(SheetItem item, String language) {
        return PdfText.flat(
                CATALOG.find(item.exerciseId()).orElseThrow().text(language).name());
    }
}
