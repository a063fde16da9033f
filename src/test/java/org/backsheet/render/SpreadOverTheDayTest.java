package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backsheet.testdata.Doses.dose;

import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;
import org.backsheet.render.figure.FigurePictures;
import org.backsheet.testdata.Sheets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The walking break is done every hour, as its steps say: the printed plan lists it through the day, not in
 * "Session 1" with the exercises done in one go (a clinician caught the handout contradicting itself), and the
 * session's minutes leave it out. An item's own "times a day" puts it back in the sessions.
 */
class SpreadOverTheDayTest {

    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(BuiltInCatalog.load(), "BackSheet test", new FigurePictures());

    @ParameterizedTest
    @EnumSource(Layout.class)
    void theWalkingBreakIsListedThroughTheDayAndNotInASession(Layout layout) throws Exception {
        Sheet sheet = Sheets.sheet()
                .item(Sheets.item("pelvic-tilt", dose().reps(10).timesPerDay(2)))
                .item(Sheets.item("heel-slides", dose().reps(10)))
                .item(Sheets.item("walking-breaks", dose()))
                .build()
                .withLayout(layout);
        String text = PdfText.render(RENDERER, sheet).flat();
        assertThat(text).containsIgnoringCase("Through the day: Walking break, every hour");
        assertThat(text).doesNotContain("all 3 exercises");
        assertThat(text).containsPattern("(?i)Session 1: (all 2 exercises|Pelvic tilt and Heel slides)");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void itsOwnTimesADayPutsItInTheSessions(Layout layout) throws Exception {
        Sheet sheet = Sheets.sheet()
                .item(Sheets.item("pelvic-tilt", dose().reps(10)))
                .item(Sheets.item("walking-breaks", dose().timesPerDay(2)))
                .build()
                .withLayout(layout);
        String text = PdfText.render(RENDERER, sheet).flat();
        assertThat(text).doesNotContainIgnoringCase("Through the day");
        assertThat(text).containsPattern("(?i)Session 1: (all 2 exercises|Pelvic tilt and Walking break)");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aPlanOfOnlySpreadExercisesSaysSoInItsFirstLine(Layout layout) throws Exception {
        Sheet sheet = Sheets.sheet()
                .item(Sheets.item("walking-breaks", dose()))
                .build()
                .withLayout(layout)
                .withLanguage("es");
        String text = PdfText.render(RENDERER, sheet).flat();
        assertThat(text).containsIgnoringCase("A lo largo del día:").contains("cada hora");
        assertThat(text).doesNotContainIgnoringCase("Sesión 1");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void sessionsBesideAWalkingBreakSayWhichExercisesNotAll(Layout layout) throws Exception {
        Sheet sheet = Sheets.sheet()
                .item(Sheets.item("pelvic-tilt", dose().reps(10).timesPerDay(2)))
                .item(Sheets.item("bird-dog", dose().reps(6).timesPerDay(1)))
                .item(Sheets.item("lower-back-rotation", dose().reps(5).timesPerDay(2)))
                .item(Sheets.item("walking-breaks", dose()))
                .build()
                .withLayout(layout);
        String text = PdfText.render(RENDERER, sheet).flat();
        assertThat(text).doesNotContainIgnoringCase("all 3 exercises");
        assertThat(text)
                .containsPattern("(?i)Session 1: (exercises 1 to 3|Pelvic tilt, Bird dog and Lower back rotation)");
        assertThat(text).containsIgnoringCase("Through the day: Walking break, every hour");
    }
}
