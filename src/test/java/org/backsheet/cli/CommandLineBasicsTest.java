package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** --help, --version, exercises, and what happens when the command line itself is wrong. */
class CommandLineBasicsTest extends CliTest {

    @Test
    void versionNamesTheProgram() {
        CliRun run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("BackSheet test");
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("export", "validate", "exercises", "--version");
    }

    @Test
    void exportHelpShowsItsOptions() {
        CliRun run = run("export", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--page-size", "large-print", "--library", "-o", "-d");
    }

    @Test
    void exercisesListsTheWholeCatalogAsIdTabName() {
        CliRun run = run("exercises");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines())
                .hasSizeGreaterThanOrEqualTo(29)
                .allMatch(line -> line.matches("[a-z0-9-]+\t[^\t]+"))
                .contains(
                        "pelvic-tilt\tPelvic tilt",
                        "bird-dog\tBird dog",
                        "stationary-bike\tStationary bike or treadmill");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void noCommandIsBadInputWithAHint() {
        CliRun run = badInput();
        assertThat(run.err()).contains("a command is needed").contains("--help");
    }

    @Test
    void unknownCommandSuggestsTheRightOne() {
        CliRun run = badInput("exprot", "a.json");
        assertThat(run.err()).contains("exprot").contains("export");
    }

    @Test
    void unknownPageSizeIsBadInputNamingTheOption() {
        CliRun run = badInput("export", "a.json", "-o", tmp.resolve("a.pdf").toString(), "--page-size", "A5");
        assertThat(run.err()).contains("--page-size").contains("A5");
        assertThat(run.err()).doesNotContain("Exception");
    }
}
