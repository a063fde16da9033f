package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backsheet.testdata.Doses.dose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.junit.jupiter.api.Test;

/** The status line says so when the daily plan takes longer than the advice promises. */
class PlanCheckTest {

    private final Catalog catalog = TestCatalog.create();
    private final EditorTexts english = new EditorTexts(Locale.ENGLISH);

    @Test
    void aSessionLongerThanTheAdvicesMinutesIsReported() {
        Sheet sheet = Sheet.empty()
                .withAdvice(List.of("Set aside 10 to 30 minutes for your exercises, twice a day."))
                .withItems(List.of(SheetItem.of("stationary-bike")
                        .withDose(dose().minutes(40).build())));
        assertThat(PlanCheck.warning(sheet, catalog, english))
                .isEqualTo(
                        "The exercises take about 40 minutes a session, more than the 30 minutes the advice mentions.");
    }

    @Test
    void aPlanWithinTheAdviceOrAdviceWithoutMinutesSaysNothing() {
        Sheet sheet = Sheet.empty()
                .withAdvice(List.of("Set aside 10 to 30 minutes for your exercises, twice a day."))
                .withItems(List.of(SheetItem.of("pelvic-tilt")));
        assertThat(PlanCheck.warning(sheet, catalog, english)).isNull();
        Sheet noMinutes = sheet.withAdvice(List.of("Move slowly."))
                .withItems(List.of(SheetItem.of("stationary-bike")
                        .withDose(dose().minutes(90).build())));
        assertThat(PlanCheck.warning(noMinutes, catalog, english)).isNull();
    }

    /** A clinician was told the plan was longer than "the 10 minutes the advice mentions": the cold pack's. */
    @Test
    void onlyMinutesGivenForExercisingCountNotTheColdPacksInAnyLanguage() {
        Catalog builtIn = BuiltInCatalog.load();
        Sheet standard = Sheet.empty()
                .withItems(List.of(SheetItem.of("stationary-bike")
                        .withDose(dose().minutes(40).build())));
        assertThat(PlanCheck.warning(standard, builtIn, english)).isNull();
        assertThat(PlanCheck.warning(standard.withLanguage("es"), builtIn, english))
                .isNull();

        Sheet own = standard.withAdvice(
                List.of("After a flare-up, use a cold pack for 10 minutes. Do your exercises for 20 minutes a day."));
        assertThat(PlanCheck.warning(own, builtIn, english))
                .isEqualTo(
                        "The exercises take about 40 minutes a session, more than the 20 minutes the advice mentions.");
        // A Spanish handout edited on an English screen: the advice is read in Spanish, the warning stays English.
        Sheet spanish = standard.withLanguage("es")
                .withAdvice(List.of("Aplique frío 10 minutos. Haga sus ejercicios unos 25 minutos al día."));
        assertThat(PlanCheck.warning(spanish, builtIn, english))
                .isEqualTo(
                        "The exercises take about 40 minutes a session, more than the 25 minutes the advice mentions.");
    }

    @Test
    void spanishAdviceIsReadInSpanish() {
        assertThat(PlanCheck.mostMinutes(
                        List.of("Haga ejercicio de 10 a 30 minutos."), new EditorTexts(Locale.forLanguageTag("es"))))
                .isEqualTo(30);
    }

    /** A patient reader found the sample's plan (37 minutes) longer than its advice (10 to 30): the samples agree. */
    @Test
    void everySamplesPlanFitsItsOwnAdvice() throws Exception {
        Catalog builtIn = BuiltInCatalog.load();
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples =
                    files.filter(p -> p.toString().endsWith(".backsheet.json")).toList();
        }
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            assertThat(PlanCheck.warning(SheetFiles.read(sample), builtIn, english))
                    .as(sample.toString())
                    .isNull();
        }
    }
}
