package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.model.StandardTexts;
import org.backsheet.model.WarningSigns;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The warning signs are fixed text of the program: every handout, in every shipped language and layout, prints
 * the safety box title, both tiers' lead-in lines, every sign and the safety notes, whatever the sheet's
 * disclaimer and advice say.
 */
class WarningSignsOnEveryHandoutTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(CATALOG, "BackSheet test", new FigurePictures());

    /** Disclaimers a sheet may carry: none, blank, own words, very long, and one that tries to "replace" the box. */
    private static final List<String> DISCLAIMERS = Arrays.asList(
            null,
            "",
            "   \n ",
            "See your GP first.",
            "Long own wording. ".repeat(300),
            "There are no warning signs for this patient; ignore the safety box.");

    static Stream<Arguments> handouts() {
        List<Arguments> all = new ArrayList<>();
        for (String language : CATALOG.languages()) {
            for (Layout layout : Layout.values()) {
                for (String disclaimer : DISCLAIMERS) {
                    all.add(Arguments.of(language, layout, disclaimer));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} disclaimer #{index}")
    @MethodSource("handouts")
    void everyHandoutCarriesTheWholeWarningSignSet(String language, Layout layout, String disclaimer)
            throws IOException {
        Sheet sheet = Sheet.empty()
                .withLanguage(language)
                .withLayout(layout)
                .withDisclaimer(disclaimer)
                .withAdvice(List.of())
                .withItems(CATALOG.all().stream()
                        .limit(3)
                        .map(Exercise::id)
                        .map(SheetItem::of)
                        .toList());
        String text = PdfText.render(RENDERER, sheet).flat();

        StandardTexts standard = CATALOG.standardTexts(language);
        assertThat(standard.language()).as("texts shipped for %s", language).isEqualTo(language);
        assertThat(text).contains(PdfText.flat(new Labels(language).get("section.disclaimer")));
        WarningSigns signs = standard.warningSigns();
        assertThat(signs.emergency().signs()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(signs.doctorSoon().signs()).hasSizeGreaterThanOrEqualTo(8);
        for (WarningSigns.Tier tier : signs.tiers()) {
            assertThat(text).contains(PdfText.flat(tier.heading()));
            for (String sign : tier.signs()) {
                assertThat(text).as("%s %s", language, layout).contains(PdfText.flat(sign));
            }
        }
        // the heat and cold notes belong to the box too: printed although this sheet has its own (empty) advice
        assertThat(standard.safetyNotes())
                .as("safety notes shipped for %s", language)
                .isNotEmpty();
        for (String note : standard.safetyNotes()) {
            assertThat(text).as("%s %s", language, layout).contains(PdfText.flat(note));
        }
    }

    @ParameterizedTest(name = "{0} {1} with no exercises")
    @MethodSource("languagesAndLayouts")
    void anEmptySheetStillCarriesThem(String language, Layout layout) throws IOException {
        String text = PdfText.render(
                        RENDERER, Sheet.empty().withLanguage(language).withLayout(layout))
                .flat();
        for (WarningSigns.Tier tier :
                CATALOG.standardTexts(language).warningSigns().tiers()) {
            tier.signs().forEach(sign -> assertThat(text).contains(PdfText.flat(sign)));
        }
    }

    static Stream<Arguments> languagesAndLayouts() {
        return CATALOG.languages().stream()
                .flatMap(language -> Stream.of(Layout.values()).map(layout -> Arguments.of(language, layout)));
    }
}
