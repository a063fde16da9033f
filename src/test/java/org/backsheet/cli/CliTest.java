package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A command-line test: a fresh folder, and the command line run in process with the built-in catalog only. */
abstract class CliTest {

    @TempDir
    Path tmp;

    /** The real catalog and renderer; the editor's library folder points where nothing is. */
    CliEnvironment environment() {
        return CliRun.environment(tmp.resolve("no-library"));
    }

    CliRun run(String... args) {
        return CliRun.of(environment(), args);
    }

    /** Runs the command line and expects bad input (exit 2) from it. */
    CliRun badInput(String... args) {
        CliRun run = run(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        return run;
    }
}
