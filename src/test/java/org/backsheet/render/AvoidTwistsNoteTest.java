package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.backsheet.io.BuiltInCatalog;
import org.backsheet.render.figure.FigurePictures;
import org.backsheet.testdata.Sheets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Avoid these" told a patient that "the slow, gentle twists in your program are fine" when the program had no
 * twist: the note is printed only to a program with a twisting exercise.
 */
class AvoidTwistsNoteTest {

    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(BuiltInCatalog.load(), "BackSheet test", new FigurePictures());

    @ParameterizedTest
    @CsvSource({"bridging, false", "lower-back-rotation, true", "knee-rolls, true", "seated-spinal-twist, true"})
    void theNoteOnGentleTwistsOnlyWhenTheProgramHasOne(String exercise, boolean twists) throws Exception {
        String text = PdfText.render(RENDERER, Sheets.withExercises("pelvic-tilt", exercise))
                .flat();
        assertThat(text).contains("Fast or forceful hip twists");
        assertThat(text.contains("gentle twists in your program are fine")).isEqualTo(twists);
    }
}
