package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.PageOptions;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A step or a caution is read as one piece: its lines stay together in one column. Readers missed the end of a
 * caution that broke off beside the picture and went on at the left margin under it ("...respirando con" /
 * "calma.", "hold the handrails"). Each paragraph's lines may start at most a hanging indent apart; a picture's
 * width between them means part of it went under the picture.
 */
class ExerciseCardTextColumnTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(CATALOG, "BackSheet test", new FigurePictures());
    /** Wider than any hanging indent or run-in label, narrower than any picture. */
    private static final float SAME_COLUMN = 60;

    static Stream<Sheet> sheets() throws Exception {
        List<Sheet> sheets = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".backsheet.json"))
                    .sorted()
                    .toList()) {
                sheets.add(SheetFiles.read(f));
            }
        }
        List<SheetItem> all = new ArrayList<>();
        for (Exercise e : CATALOG.all()) {
            all.add(SheetItem.of(e.id()));
        }
        for (PageSize size : PageSize.values()) {
            // Spanish in large print: the longest words, the fewest per line
            sheets.add(Sheet.empty().withLanguage("es").withItems(all).withPage(new PageOptions(size, true)));
        }
        sheets.add(Sheet.empty().withItems(all));
        return sheets.stream();
    }

    @ParameterizedTest
    @MethodSource("sheets")
    void everyStepAndCautionKeepsItsLinesInOneColumn(Sheet sheet) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(sheet, out);
        Lines lines = Lines.read(out.toByteArray());
        Catalog catalog = CATALOG.withCarried(sheet.carriedExercises());
        int checked = 0;
        for (SheetItem item : sheet.items()) {
            Exercise exercise = catalog.find(item.exerciseId()).orElse(null);
            if (exercise == null) {
                continue;
            }
            ExerciseText text = exercise.text(sheet.language());
            List<String> paragraphs = new ArrayList<>(text.steps());
            if (!text.cautions().isEmpty()) {
                paragraphs.add(String.join(" ", text.cautions()));
            }
            if (item.note() != null && !item.note().isBlank()) {
                paragraphs.add(item.note().strip());
            }
            for (String paragraph : paragraphs) {
                float[] starts = lines.starts(paragraph);
                if (starts == null) {
                    continue;
                }
                checked++;
                assertThat(starts[1] - starts[0])
                        .as("lines of \"%s\" start at x %.0f and %.0f", paragraph, starts[0], starts[1])
                        .isLessThan(SAME_COLUMN);
            }
        }
        assertThat(checked).as("paragraphs found in the printed text").isGreaterThan(10);
    }

    /**
     * The steps are one list read down one column: all beside the picture or all under it. A reader who read steps 1
     * and 2 beside the picture stopped there; step 3 went on under the picture at the left margin.
     */
    @ParameterizedTest
    @MethodSource("sheets")
    void theStepsOfAnExerciseAreAllInOneColumn(Sheet sheet) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(sheet, out);
        Lines lines = Lines.read(out.toByteArray());
        Catalog catalog = CATALOG.withCarried(sheet.carriedExercises());
        int checked = 0;
        // each exercise's steps are looked for after its name, in printed order: several exercises share a step
        int from = 0;
        for (SheetItem item : sheet.items()) {
            Exercise exercise = catalog.find(item.exerciseId()).orElse(null);
            if (exercise == null) {
                continue;
            }
            ExerciseText text = exercise.text(sheet.language());
            from = Math.max(from, lines.indexOf(text.name(), from));
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (String step : text.steps()) {
                float[] starts = lines.starts(step, from);
                if (starts != null) {
                    min = Math.min(min, starts[0]);
                    max = Math.max(max, starts[1]);
                }
            }
            if (min <= max) {
                checked++;
                assertThat(max - min)
                        .as("steps of %s start at x %.0f to %.0f", exercise.id(), min, max)
                        .isLessThan(SAME_COLUMN);
            }
        }
        assertThat(checked).as("exercises found in the printed text").isGreaterThan(3);
    }

    /** The printed lines in drawing order, and for each printed character the line it is on. */
    private static final class Lines {
        private final StringBuilder squeezed = new StringBuilder();
        private final List<Integer> lineOf = new ArrayList<>();
        private final List<Float> lineStart = new ArrayList<>();

        static Lines read(byte[] pdf) throws IOException {
            Lines lines = new Lines();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper() {
                    int page = -1;
                    float baseline = Float.NaN;

                    @Override
                    protected void processTextPosition(TextPosition t) {
                        super.processTextPosition(t);
                        if (getCurrentPageNo() != page || Math.abs(t.getYDirAdj() - baseline) > 0.5f) {
                            page = getCurrentPageNo();
                            baseline = t.getYDirAdj();
                            lines.lineStart.add(t.getXDirAdj());
                        }
                        int line = lines.lineStart.size() - 1;
                        lines.lineStart.set(line, Math.min(lines.lineStart.get(line), t.getXDirAdj()));
                        for (char c : squeeze(t.getUnicode()).toCharArray()) {
                            lines.squeezed.append(c);
                            lines.lineOf.add(line);
                        }
                    }
                };
                stripper.setSortByPosition(false);
                stripper.getText(doc);
            }
            return lines;
        }

        /** The smallest and largest x at which the lines of {@code paragraph} start, or null if not printed. */
        float[] starts(String paragraph) {
            return starts(paragraph, 0);
        }

        /** Where {@code words} are first printed at or after {@code from} (in squeezed characters), or -1. */
        int indexOf(String words, int from) {
            return squeezed.indexOf(squeeze(words), from);
        }

        /** The same for the first time {@code paragraph} is printed at or after {@code from}. */
        float[] starts(String paragraph, int from) {
            String words = squeeze(paragraph);
            int at = squeezed.indexOf(words, from);
            if (words.isEmpty() || at < 0) {
                return null;
            }
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (int line = lineOf.get(at); line <= lineOf.get(at + words.length() - 1); line++) {
                min = Math.min(min, lineStart.get(line));
                max = Math.max(max, lineStart.get(line));
            }
            return new float[] {min, max};
        }

        private static String squeeze(String s) {
            return s.replaceAll("[\\s\\u00AD\\-]+", "");
        }
    }
}
