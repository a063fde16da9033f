package org.backsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A double-clicked sheet reaches the editor; every command still reaches the command line. */
class StartArgumentsTest {

    @Test
    void nothingOrOneSheetFileOpensTheEditor() {
        assertThat(StartArguments.opensEditor(new String[0])).isTrue();
        assertThat(StartArguments.opensEditor(new String[] {"/home/anna/Anna Nowak.backsheet.json"}))
                .isTrue();
        assertThat(StartArguments.opensEditor(new String[] {"SHEET.JSON"})).isTrue();
    }

    @Test
    void commandsAndOptionsGoToTheCommandLine() {
        assertThat(StartArguments.opensEditor(new String[] {"--version"})).isFalse();
        assertThat(StartArguments.opensEditor(new String[] {"--help"})).isFalse();
        assertThat(StartArguments.opensEditor(new String[] {"exercises"})).isFalse();
        assertThat(StartArguments.opensEditor(new String[] {"validate", "a.backsheet.json"}))
                .isFalse();
        assertThat(StartArguments.opensEditor(new String[] {"export", "a.json", "-o", "a.pdf"}))
                .isFalse();
    }
}
