package org.backsheet.cli;

import java.nio.file.Path;
import java.util.List;
import org.backsheet.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
final class ValidateCommand extends CatalogCommand {

    @Mixin
    SheetArguments sheets;

    ValidateCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        Catalog catalog = catalog();
        int exitCode = ExitCodes.OK;
        for (Path sheet : sheets.files) {
            SheetInput input = SheetInput.read(sheet, catalog);
            List<String> lines =
                    input.problems().stream().map(UserMessages::line).toList();
            UserMessages.summarised(input.name(), lines).forEach(err()::println);
            if (input.usable()) {
                out().println(input.name() + ": ok");
            } else {
                exitCode = ExitCodes.BAD_INPUT;
            }
        }
        return exitCode;
    }
}
