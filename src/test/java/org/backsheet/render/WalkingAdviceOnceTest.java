package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Sheet;
import org.backsheet.render.figure.FigurePictures;
import org.backsheet.testdata.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A handout with the walking break told the patient to walk every hour twice: in the plan and the exercise, and
 * again in the standard advice. The standard texts tie that advice line to the walking break, so it prints only on
 * a handout without the exercise, in every language, and in the own list of a sheet that kept the standard lines.
 */
class WalkingAdviceOnceTest {

    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(BuiltInCatalog.load(), "BackSheet test", new FigurePictures());

    @ParameterizedTest
    @CsvSource({
        "en, get up and walk around for a few minutes every hour",
        "es, levántese y camine unos minutos cada hora"
    })
    void theAdviceToWalkEveryHourPrintsOnlyWithoutTheWalkingBreak(String language, String line) throws Exception {
        Sheet without = Sheets.withExercises("pelvic-tilt", "bird-dog").withLanguage(language);
        Sheet with = Sheets.withExercises("pelvic-tilt", "bird-dog", "walking-breaks")
                .withLanguage(language);
        assertThat(PdfText.render(RENDERER, without).flat()).contains(PdfText.flat(line));
        assertThat(PdfText.render(RENDERER, with).flat()).doesNotContain(PdfText.flat(line));
    }

    @Test
    void anOwnListThatKeptTheStandardLinesLeavesItOutToo() throws Exception {
        List<String> own =
                new ArrayList<>(BuiltInCatalog.load().standardTexts("en").advice());
        own.add(0, "Keep a diary of your walks.");
        Sheet with =
                Sheets.withExercises("walking-breaks").toBuilder().advice(own).build();
        String text = PdfText.render(RENDERER, with).flat();
        assertThat(text).contains("Keep a diary of your walks.");
        assertThat(text).doesNotContain(PdfText.flat("walk around for a few minutes every hour"));
    }
}
