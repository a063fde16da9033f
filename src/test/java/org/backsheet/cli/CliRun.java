package org.backsheet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** One in-process run of the command line: its exit code and everything it printed. */
record CliRun(int exitCode, String out, String err) {

    /** The default environment for tests: the real catalog and renderer, no user library unless given. */
    static CliEnvironment environment(Path defaultLibrary) {
        return CliEnvironment.standard("test")
                .withDefaultLibrary(defaultLibrary)
                .withThreads(2);
    }

    static CliRun of(CliEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BackSheetCli.run(args, environment, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> outLines() {
        return lines(out);
    }

    List<String> errLines() {
        return lines(err);
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R"));
    }
}
