package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backsheet.io.LibraryFolderTest.exercise;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.junit.jupiter.api.Test;

class CarriedExercisesFileTest {

    private static Sheet parse(String json) throws FileFormatException {
        return SheetFiles.parse("s.backsheet.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSheetCarriesCopiesOfExercisesAndWritesThemBack() throws Exception {
        Sheet sheet = Sheet.empty()
                .withItems(List.of(SheetItem.of("clinic-wall-sit")))
                .withCarriedExercises(List.of(exercise("clinic-wall-sit", "Wall sit")));
        String json = SheetFiles.toJson(sheet);
        assertThat(json).contains("\"exercises\": [", "\"format\": \"backsheet/exercise\"", "\"Wall sit\"");
        Sheet again = parse(json);
        assertThat(again).isEqualTo(sheet);
        assertThat(SheetFiles.toJson(again)).isEqualTo(json);
    }

    @Test
    void aSheetWithoutCopiesHasNoExercisesField() {
        assertThat(SheetFiles.toJson(Sheet.empty())).doesNotContain("\"exercises\"");
    }

    @Test
    void aBadCarriedCopyIsNamedByItsPlace() {
        String json = "{\"format\":\"backsheet/sheet\",\"version\":1,\"items\":[],\"exercises\":["
                + "{\"format\":\"backsheet/exercise\",\"version\":1,\"id\":\"a\",\"name\":\"A\",\"steps\":[\"x\"]},"
                + "{\"format\":\"backsheet/exercise\",\"version\":1,\"id\":\"b\",\"name\":\"B\"}]}";
        assertThatThrownBy(() -> parse(json))
                .isInstanceOfSatisfying(FileFormatException.class, e -> assertThat(e.problems())
                        .extracting(Problem::fieldPath)
                        .containsExactly("exercises[1].steps"));
    }

    @Test
    void checksAcceptAnIdTheSheetCarries() throws Exception {
        Catalog catalog = BuiltInCatalog.load();
        Sheet sheet = Sheet.empty()
                .withItems(List.of(SheetItem.of("clinic-wall-sit"), SheetItem.of("nowhere")))
                .withCarriedExercises(List.of(exercise("clinic-wall-sit", "Wall sit")));
        assertThat(SheetChecks.unknownExercises(sheet, catalog, "s.json"))
                .extracting(Problem::fieldPath)
                .containsExactly("items[1].exercise");
        assertThat(catalog.withCarried(sheet.carriedExercises()).find("clinic-wall-sit"))
                .isPresent();
    }
}
