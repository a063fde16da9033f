package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.backsheet.model.StandardTexts;
import org.junit.jupiter.api.Test;

/** A standard texts file must carry both tiers of warning signs: a handout is never printed without them. */
class StandardTextsReaderTest {

    private static final String HEAD = "{\"format\":\"backsheet/texts\",\"version\":1,\"language\":\"en\","
            + "\"advice\":[],\"avoid\":[],\"disclaimer\":\"General.\",\"shortDisclaimer\":\"Short.\"";

    private static StandardTexts read(String rest) throws FileFormatException {
        return StandardTextsReader.read("t.json", (HEAD + rest + "}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBothTiersInOrder() throws FileFormatException {
        StandardTexts t = read(",\"warningSigns\":{\"emergency\":{\"heading\":\"Now:\",\"signs\":[\"A\",\"B\"]},"
                + "\"doctorSoon\":{\"heading\":\"Soon:\",\"signs\":[\"C\"]}}");
        assertThat(t.warningSigns().tiers()).extracting(tier -> tier.heading()).containsExactly("Now:", "Soon:");
        assertThat(t.warningSigns().emergency().signs()).containsExactly("A", "B");
    }

    @Test
    void missingWarningSignsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("t.json: warningSigns: missing");
    }

    @Test
    void aTierWithoutSignsOrHeadingIsRefusedNamingTheField() {
        assertThatThrownBy(() -> read(",\"warningSigns\":{\"emergency\":{\"heading\":\"Now:\",\"signs\":[]},"
                        + "\"doctorSoon\":{\"signs\":[\"C\"]}}"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("warningSigns.emergency.signs: must list at least one sign")
                .hasMessageContaining("warningSigns.doctorSoon.heading: missing or empty");
    }

    private static final String SIGNS = ",\"warningSigns\":{\"emergency\":{\"heading\":\"Now:\",\"signs\":[\"A\"]},"
            + "\"doctorSoon\":{\"heading\":\"Soon:\",\"signs\":[\"C\"]}}";

    private static StandardTexts readAdvice(String advice) throws FileFormatException {
        String text = HEAD.replace("\"advice\":[]", "\"advice\":" + advice) + SIGNS + "}";
        return StandardTextsReader.read("t.json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAdviceLineMayNameTheExerciseThatSaysItToo() throws FileFormatException {
        StandardTexts t =
                readAdvice("[\"Breathe.\", {\"text\": \"Walk every hour.\", \"saidByExercise\": \"walking-breaks\"}]");
        assertThat(t.advice()).containsExactly("Breathe.", "Walk every hour.");
        assertThat(t.adviceSaidBy()).containsExactly(java.util.Map.entry("Walk every hour.", "walking-breaks"));
    }

    @Test
    void anAdviceLineWithoutItsTextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> readAdvice("[{\"saidByExercise\": \"walking-breaks\"}]"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("advice[0].text: missing");
    }
}
