package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Clinic;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The clinic's emergency number in the safety box (issue 10): a patient reader found "call your local emergency
 * number" gave no number to call. With one, page one says "call 112"; without, the words stay as they were.
 */
class EmergencyNumberTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(CATALOG, "BackSheet test", new FigurePictures());

    private static Sheet sheet(String language, Layout layout, String number) {
        return Sheet.empty()
                .withLanguage(language)
                .withLayout(layout)
                .withClinic(Clinic.builder()
                        .name("Riverside Physio")
                        .contact("Tel 555-0100")
                        .emergencyNumber(number)
                        .build())
                .withItems(List.of(SheetItem.of("bridging"), SheetItem.of("bird-dog")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Layout.class)
    void theSafetyBoxNamesTheClinicsNumber(Layout layout) throws Exception {
        String pageOne = PdfText.flat(
                PdfText.render(RENDERER, sheet("en", layout, " 999 ")).pages.get(0));
        assertThat(pageOne).contains("call 999 now if you have:").doesNotContain("local emergency number now");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"en, DETAILED", "en, COMPACT", "es, DETAILED", "es, COMPACT"})
    void withoutANumberTheWordsStayAsTheyWere(String language, Layout layout) throws Exception {
        String heading =
                CATALOG.standardTexts(language).warningSigns().emergency().heading();
        for (String none : new String[] {null, "  "}) {
            String pageOne = PdfText.flat(PdfText.render(RENDERER, sheet(language, layout, none))
                    .pages
                    .get(0));
            assertThat(pageOne).contains(PdfText.flat(heading));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Layout.class)
    void theSpanishBoxNamesItToo(Layout layout) throws Exception {
        String pageOne = PdfText.flat(
                PdfText.render(RENDERER, sheet("es", layout, "061")).pages.get(0));
        assertThat(pageOne).contains("llame al 061 ahora mismo").doesNotContain("112 (en España)");
    }
}
