package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backsheet.model.Sheet;
import org.backsheet.render.pdf.TagReader;
import org.backsheet.render.pdf.TagReader.Tagged;
import org.junit.jupiter.api.Test;

/**
 * A screen reader follows the structure tree: it must meet the handout's text in the order a sighted reader
 * does, miss none of it, and skip only the repeated footer.
 */
class HandoutReadingOrderTest {

    @Test
    void headingsOutlineTheHandout() throws IOException {
        List<String> headings = new ArrayList<>();
        for (Tagged t : tags(HandoutStandardsTest.tenExercises())) {
            if (t.type().matches("H[1-6]")) {
                headings.add(t.type() + " " + t.text());
            }
        }
        assertThat(headings)
                .containsExactly(
                        "H1 Your lower back program",
                        "H2 Your safety: when to stop and get help",
                        "H3 Stop and get emergency care now if you notice any of these:",
                        "H3 Stop and see your doctor soon if you notice any of these:",
                        "H2 Your exercises",
                        "H3 1 Pelvic tilt",
                        "H3 2 Bird dog",
                        "H3 3 Bridge",
                        "H3 4 Stationary bike or treadmill",
                        "H3 5 Wall slide",
                        "H3 6 Seated spinal twist",
                        "H3 7 Knee rolls",
                        "H3 8 Pelvic tilt",
                        "H3 9 Bird dog",
                        "H3 10 Bridge",
                        // the advice after the exercises: here that takes no more pages than before them
                        "H2 Good to know",
                        "H2 Avoid these");
    }

    @Test
    void treeOrderFollowsThePageTopToBottomColumnByColumn() throws IOException {
        List<Tagged> tags = tags(HandoutStandardsTest.tenExercises());
        Tagged previous = null;
        for (Tagged t : tags) {
            if (Float.isNaN(t.top())) {
                continue; // a figure: no text to place
            }
            if (previous != null) {
                assertThat(t.page()).as("page of %s after %s", t, previous).isGreaterThanOrEqualTo(previous.page());
                if (t.page() == previous.page()) {
                    boolean below = t.top() > previous.top() - 3;
                    boolean nextColumn = t.left() > previous.left() + 20;
                    assertThat(below || nextColumn)
                            .as("%s read after %s", t, previous)
                            .isTrue();
                }
            }
            previous = t;
        }
    }

    @Test
    void eachExerciseReadsHeadingPositionDosePictureThenSteps() throws IOException {
        List<String> types = new ArrayList<>();
        for (Tagged t : tags(TestCatalog.typicalSheet())) {
            types.add(t.type().equals("Lbl") || t.type().equals("LBody") ? "LI" : t.type());
        }
        String sequence = String.join(" ", types).replaceAll("(LI ?)+", "LI ").replaceAll("(T[HD] ?)+", "TABLE ");
        // heading, position, one paragraph per dose phrase, picture, steps, cautions, note
        assertThat(sequence).contains("H3 P P P P Figure LI P P H3 P P P Figure LI H3 P P P P P P Figure LI");
        Tagged figure = tags(TestCatalog.typicalSheet()).stream()
                .filter(t -> t.type().equals("Figure"))
                .findFirst()
                .orElseThrow();
        assertThat(figure.alt()).isEqualTo("Pelvic tilt: start and end position");
    }

    @Test
    void everyWordOnThePageIsReadExceptTheFooter() throws IOException {
        byte[] pdf = HandoutStandardsTest.render(HandoutStandardsTest.tenExercises());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, Integer> read = new HashMap<>();
            for (Tagged t : TagReader.read(doc)) {
                count(read, t.text(), 1);
            }
            Map<String, Integer> shown = new HashMap<>();
            count(shown, new PDFTextStripper().getText(doc), 1);
            int pages = doc.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                count(shown, TestCatalog.EN.shortDisclaimer() + " Page " + page + " of " + pages, -1);
            }
            shown.values().removeIf(n -> n == 0);
            assertThat(read).isEqualTo(shown);
        }
    }

    private static void count(Map<String, Integer> words, String text, int step) {
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                words.merge(word, step, Integer::sum);
            }
        }
    }

    private static List<Tagged> tags(Sheet sheet) throws IOException {
        try (PDDocument doc = Loader.loadPDF(HandoutStandardsTest.render(sheet))) {
            return TagReader.read(doc);
        }
    }
}
