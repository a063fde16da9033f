package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The library's words come out as written (apostrophes and choices survive MessageFormat). */
class LibraryTextsTest {

    @Test
    void apostrophesAndCountsReadNaturally() {
        assertThat(UiTexts.get("action.adoptCarried")).isEqualTo("Add this sheet's exercises to mine");
        assertThat(UiTexts.get("library.mine.tip")).isEqualTo("One of your clinic's own exercises");
        assertThat(UiTexts.get("library.adopted", 0)).isEqualTo("No exercise was new to your library.");
        assertThat(UiTexts.get("library.adopted", 3)).isEqualTo("3 exercises were added to your library.");
        assertThat(UiTexts.get("library.sheetBrings", 1))
                .startsWith("This sheet brings one exercise your library")
                .contains("Add this sheet's exercises to mine");
        assertThat(UiTexts.get("import.done", 1, 2, 3, 4, 5))
                .isEqualTo("Imported: 1 new, 2 replaced, 3 copies, 4 already here, 5 kept.");
        assertThat(UiTexts.get("exercise.savedAs", "Wall sit")).isEqualTo("In your library as \u201cWall sit\u201d");
    }
}
