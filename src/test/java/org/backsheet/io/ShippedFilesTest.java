package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The files the program ships (built-in catalog, sample sheets) read cleanly and survive a re-save. */
class ShippedFilesTest {

    @Test
    void theBuiltInCatalogLoadsAndIsCached() {
        Catalog catalog = BuiltInCatalog.load();
        assertThat(catalog.size()).isGreaterThanOrEqualTo(29);
        assertThat(catalog.contains("pelvic-tilt")).isTrue();
        assertThat(catalog.standardTexts("en").disclaimer()).isNotBlank();
        assertThat(BuiltInCatalog.load()).isSameAs(catalog);
    }

    @Test
    void everyBuiltInExerciseSurvivesARoundTrip() throws Exception {
        for (Exercise e : BuiltInCatalog.load().all()) {
            String json = ExerciseFiles.toJson(e);
            Exercise again =
                    ExerciseFiles.parse(e.id() + ".exercise.json", json.getBytes(StandardCharsets.UTF_8), e.origin());
            assertThat(again).as(e.id()).isEqualTo(e);
        }
    }

    static Stream<Path> samples() throws IOException {
        Path folder = Path.of("samples");
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(SheetFiles.EXTENSION))
                    .sorted()
                    .toList();
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleSheetReadsNamesKnownExercisesAndSurvivesARoundTrip(Path file) throws Exception {
        Sheet sheet = SheetFiles.read(file);
        assertThat(SheetChecks.unknownExercises(sheet, BuiltInCatalog.load(), file.toString()))
                .isEmpty();
        assertThat(SheetFiles.parse("again", SheetFiles.toJson(sheet).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(sheet);
    }
}
