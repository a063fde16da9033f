package org.backsheet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.WarningSigns;
import org.junit.jupiter.api.Test;

/**
 * The second clinical read (issue 16): which signs need care now and which within a day or two, and what to do.
 * Each entry is a word that only the intended sign uses, so dropping or moving a sign fails here.
 */
class WarningSignsContentTest {

    private final Catalog catalog = BuiltInCatalog.load();

    /**
     * Signs that need care the same day: cauda equina signs (trouble passing urine, losing control of bladder or
     * bowels, no feeling of a full bladder or of the paper, numbness between the legs or of the genitals, new sexual
     * problems, sciatica or numbness or weakness in both legs), a worsening weakness or foot drop, fever, a serious
     * accident. The words are the plain ones a reader of 67 with little schooling read at once (issue 10).
     */
    static final Map<String, List<String>> EMERGENCY = Map.of(
            "en",
                    List.of(
                            "Trouble peeing",
                            "control of your pee or poo",
                            "need to pee",
                            "wipe",
                            "around your bottom",
                            "private parts",
                            "problems with sex",
                            "shooting down both legs",
                            "both legs that is new or gets worse fast",
                            "leg getting weaker",
                            "a foot that drags",
                            "fever",
                            "bad accident"),
            "es",
                    List.of(
                            "Dificultad para orinar",
                            "aguantar la orina o las heces",
                            "ganas de orinar",
                            "limpiarse",
                            "alrededor del ano",
                            "partes íntimas",
                            "relaciones sexuales",
                            "baja como una descarga por las dos piernas",
                            "las dos piernas, nuevo o que empeora rápido",
                            "pierna cada vez más débil",
                            "se arrastra o se engancha",
                            "fiebre",
                            "accidente grave"));

    /** Signs for a doctor within a day or two. */
    static final Map<String, List<String>> SOON = Map.of(
            "en",
                    List.of(
                            "below the knee",
                            "even if no pain",
                            "unwell",
                            "small fall",
                            "thin bones",
                            "steroid",
                            "defences against infection",
                            "injecting drugs",
                            "at night",
                            "without trying",
                            "cancer",
                            "keeps getting worse"),
            "es",
                    List.of(
                            "más abajo de la rodilla",
                            "aunque no duela",
                            "Sentirse mal",
                            "caída leve",
                            "huesos frágiles",
                            "corticoides",
                            "defensas",
                            "inyectarse drogas",
                            "por la noche",
                            "sin buscarlo",
                            "cáncer",
                            "va empeorando"));

    /** What to do now, and by when for the second tier; the emergency number is no country's in English. */
    static final Map<String, List<String>> EMERGENCY_HEADING = Map.of(
            "en", List.of("now", "emergency department", "local emergency number"),
            "es", List.of("ahora mismo", "urgencias", "112"));

    static final Map<String, String> SOON_HEADING = Map.of("en", "within a day or two", "es", "en uno o dos días");

    @Test
    void eachSignIsInItsTierInEveryLanguage() {
        assertThat(catalog.languages()).containsAll(EMERGENCY.keySet());
        for (String language : catalog.languages()) {
            assertThat(EMERGENCY).as("emergency signs listed for %s", language).containsKey(language);
            WarningSigns signs = catalog.standardTexts(language).warningSigns();
            String emergency = String.join(" | ", signs.emergency().signs());
            String soon = String.join(" | ", signs.doctorSoon().signs());
            EMERGENCY.get(language).forEach(word -> {
                assertThat(emergency).as("%s emergency tier", language).contains(word);
                assertThat(soon).as("%s soon tier", language).doesNotContain(word);
            });
            SOON.get(language)
                    .forEach(word ->
                            assertThat(soon).as("%s soon tier", language).contains(word));
            EMERGENCY_HEADING.get(language).forEach(word -> assertThat(
                            signs.emergency().heading())
                    .as("%s emergency heading", language)
                    .contains(word));
            assertThat(signs.doctorSoon().heading()).contains(SOON_HEADING.get(language));
        }
    }

    /** Every language can name the clinic's emergency number, in the same words as without it. */
    @Test
    void everyLanguageHasWordsForTheClinicsEmergencyNumber() {
        for (String language : catalog.languages()) {
            WarningSigns.Tier emergency =
                    catalog.standardTexts(language).warningSigns().emergency();
            assertThat(emergency.headingWithNumber()).as(language).contains(WarningSigns.Tier.NUMBER);
            assertThat(emergency.heading("112"))
                    .as(language)
                    .contains("112")
                    .contains(EMERGENCY_HEADING.get(language).get(0));
        }
    }

    @Test
    void theEnglishEmergencyTierNamesNoCountrysNumber() {
        WarningSigns signs = catalog.standardTexts("en").warningSigns();
        assertThat(signs.emergency().heading()).doesNotContainPattern("\\d");
        signs.emergency().signs().forEach(sign -> assertThat(sign).doesNotContainPattern("\\d"));
    }

    @Test
    void everyLanguageHasAsManySignsInEachTier() {
        WarningSigns english = catalog.standardTexts("en").warningSigns();
        for (String language : catalog.languages()) {
            WarningSigns signs = catalog.standardTexts(language).warningSigns();
            assertThat(signs.emergency().signs())
                    .as(language)
                    .hasSameSizeAs(english.emergency().signs());
            assertThat(signs.doctorSoon().signs())
                    .as(language)
                    .hasSameSizeAs(english.doctorSoon().signs());
        }
    }
}
