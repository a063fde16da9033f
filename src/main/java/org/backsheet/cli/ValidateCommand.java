package org.backsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.backsheet.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: checks sheet files without rendering them. Each problem is one line on stderr naming the
 * file and the field (or line and column for broken JSON); each good file gets {@code FILE: ok} on stdout.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check sheet files: the JSON, every value and every exercise id.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "2:at least one file has a problem"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "SHEET.json", arity = "1..*", description = "Sheet files (.backsheet.json).")
    List<Path> sheets;

    private final CliEnvironment environment;

    ValidateCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = library.catalog(environment, err);
        int exitCode = ExitCodes.OK;
        for (Path sheet : sheets) {
            SheetInput input = SheetInput.read(sheet, catalog);
            List<String> lines =
                    input.problems().stream().map(UserMessages::line).toList();
            UserMessages.summarised(input.name(), lines).forEach(err::println);
            if (input.usable()) {
                out.println(input.name() + ": ok");
            } else {
                exitCode = ExitCodes.BAD_INPUT;
            }
        }
        return exitCode;
    }
}
