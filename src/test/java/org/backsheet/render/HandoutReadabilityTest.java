package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Dose;
import org.backsheet.model.Layout;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.model.WarningSigns;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a patient reader needs, checked on the printed text: the safety box and its warning signs on page one
 * before any exercise, nothing below 12 pt but the page number, "Page X of Y" on every page, a closing line, and
 * a tracking chart that tells repeated exercises apart.
 */
class HandoutReadabilityTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(CATALOG, "BackSheet test", new FigurePictures());

    private static Sheet sheet(Layout layout) {
        List<SheetItem> items = new ArrayList<>();
        for (String id : List.of("pelvic-tilt", "bird-dog", "bridging", "wall-slide", "knee-rolls", "bird-dog")) {
            items.add(SheetItem.of(id));
        }
        return Sheet.empty()
                .withTitle("Readable")
                .withLayout(layout)
                .withItems(items)
                .withClinic(Sheet.empty().clinic().withName("Riverside Physio").withContact("Tel 555-0100"))
                .withDisclaimer("Our own words about this program.");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void safetyBoxWithEveryWarningSignIsOnPageOneBeforeTheExercises(Layout layout) throws Exception {
        PdfText pdf = PdfText.render(RENDERER, sheet(layout));
        String first = PdfText.flat(pdf.pages.get(0));
        WarningSigns signs = CATALOG.standardTexts("en").warningSigns();
        assertThat(first)
                .contains("Your safety: when to stop and get help")
                .contains("Our own words about this program.");
        for (WarningSigns.Tier tier : signs.tiers()) {
            for (String sign : tier.signs()) {
                assertThat(first).contains(sign);
            }
        }
        int exercise = pdf.flat().indexOf("Pelvic tilt");
        assertThat(pdf.flat().indexOf("Your safety")).isLessThan(exercise);
    }

    /** The gentle sample (Letter, large print) used to carry the second tier of signs over to page two. */
    @ParameterizedTest
    @EnumSource(PageSize.class)
    void inLargePrintTooEveryWarningSignIsOnPageOne(PageSize size) throws Exception {
        Sheet sheet = sheet(Layout.DETAILED)
                .withPage(Sheet.empty().page().withSize(size).withLargePrint(true));
        String first = PdfText.flat(PdfText.render(RENDERER, sheet).pages.get(0));
        for (WarningSigns.Tier tier : CATALOG.standardTexts("en").warningSigns().tiers()) {
            assertThat(first).contains(PdfText.flat(tier.heading()));
            for (String sign : tier.signs()) {
                assertThat(first).contains(PdfText.flat(sign));
            }
        }
    }

    /**
     * A page holding only "Avoid these" and the closing line was taken for the end of the handout: the page that
     * ends the program also holds the last exercise or the advice ("Good to know").
     */
    @Test
    void theClosingNeverStandsAloneOnAPage() throws Exception {
        try (var files = Files.list(Path.of("samples"))) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".backsheet.json")).toList()) {
                Sheet sheet = SheetFiles.read(file);
                List<String> pages = PdfText.render(RENDERER, sheet).pages;
                // the page that ends the program ("Avoid these" may be on page one, under the safety box)
                String closing = PdfText.flat(pages.stream()
                        .filter(p -> p.contains("That is the end of your program"))
                        .findFirst()
                        .orElseThrow());
                SheetItem last = sheet.items().get(sheet.items().size() - 1);
                String name = CATALOG.find(last.exerciseId()).orElseThrow().name();
                assertThat(closing).as(file.toString()).containsAnyOf(PdfText.flat(name), PdfText.flat("Good to know"));
            }
        }
    }

    /** "Set" is not a word every patient knows: said once, under the plan, when a dose uses it. */
    @Test
    void setIsExplainedOnceWhenADoseUsesIt() throws Exception {
        String gloss = "A set is one round of the times shown";
        Sheet inSets = Sheet.empty()
                .withItems(List.of(
                        SheetItem.of("bridging").withDose(Dose.EMPTY.withSets(3).withReps(10)),
                        SheetItem.of("bird-dog").withDose(Dose.EMPTY.withSets(2).withReps(5))));
        assertThat(PdfText.render(RENDERER, inSets).flat()).containsOnlyOnce(gloss);
        Sheet noSets = inSets.withItems(List.of(SheetItem.of("bridging").withDose(Dose.EMPTY.withReps(10))));
        assertThat(PdfText.render(RENDERER, noSets).flat()).doesNotContain(gloss);
    }

    /** The daily plan is read as one list: a session carried over to the next page was missed. */
    @Test
    void theDailyPlanIsNeverCutByAPageBreak() throws Exception {
        for (String sample : List.of("basic-daily-routine", "seven-back-exercises")) {
            Sheet sheet = SheetFiles.read(Path.of("samples", sample + ".backsheet.json"));
            List<String> pages = PdfText.render(RENDERER, sheet).pages;
            int lead = -1;
            for (int i = 0; i < pages.size() && lead < 0; i++) {
                lead = PdfText.flat(pages.get(i)).contains("Do your exercises") ? i : -1;
            }
            assertThat(lead).as(sample).isNotNegative();
            String page = PdfText.flat(pages.get(lead));
            assertThat(page.substring(page.indexOf("Do your exercises")))
                    .as(sample)
                    .contains("Session 2");
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void nothingBelowTwelvePointsButThePageNumberWhichIsOnEveryPage(Layout layout) throws Exception {
        PdfText pdf =
                PdfText.render(RENDERER, sheet(layout).withTrackingDays(14).withSignatureLine(true));
        Map<Integer, StringBuilder> small = new TreeMap<>();
        for (PdfText.Glyph g : pdf.glyphs) {
            if (g.fontSize() < 11.99f) {
                small.computeIfAbsent(g.page(), p -> new StringBuilder()).append(g.text());
            }
        }
        int pages = pdf.pages.size();
        assertThat(small).hasSize(pages);
        small.forEach(
                (page, text) -> assertThat(text.toString().replace(" ", "")).isEqualTo("Page" + page + "of" + pages));
    }

    @Test
    void theHandoutEndsWithWhoToCall() throws Exception {
        PdfText pdf = PdfText.render(RENDERER, sheet(Layout.DETAILED));
        assertThat(PdfText.flat(pdf.pages.get(pdf.pages.size() - 1)))
                .contains("That is the end of your program. Questions, or is your pain changing? Contact "
                        + "Riverside Physio, Tel 555-0100.");
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void trackingChartTellsRepeatsApartAndKeepsAWeekTogether(PageSize size) throws Exception {
        Sheet sheet = sheet(Layout.DETAILED)
                .withTrackingDays(28)
                .withPage(Sheet.empty().page().withSize(size).withLargePrint(true));
        PdfText pdf = PdfText.render(RENDERER, sheet);
        assertThat(pdf.flat()).contains("2 Bird dog").contains("6 Bird dog (2)");
        for (String page : pdf.pages) {
            String flat = PdfText.flat(page);
            for (int week = 1; week <= 4; week++) {
                if (flat.contains("Week " + week + " ")) {
                    // the week's last row is on the week's page
                    assertThat(flat.substring(flat.indexOf("Week " + week + " ")))
                            .contains("Bird dog (2)");
                }
            }
        }
    }

    @Test
    void aDoseOfOneReadsInTheSingular() throws Exception {
        Sheet sheet = Sheet.empty()
                .withItems(List.of(SheetItem.of("bridging")
                        .withDose(Dose.EMPTY.withSets(1).withReps(1).withTimesPerDay(1))));
        assertThat(PdfText.render(RENDERER, sheet).flat())
                .contains("1 set")
                .contains("1 time")
                .contains("1 time a day")
                .doesNotContain("1 sets")
                .doesNotContain("1 times");
    }
}
