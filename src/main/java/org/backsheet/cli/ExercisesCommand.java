package org.backsheet.cli;

import java.io.PrintWriter;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code exercises}: lists the catalog, one {@code id<TAB>name} line each, built-in ones first. */
@Command(
        name = "exercises",
        mixinStandardHelpOptions = true,
        description = "List the exercises a sheet can use: id, a tab, then the name.")
final class ExercisesCommand extends CatalogCommand {

    @Option(
            names = "--language",
            paramLabel = "LANG",
            description = "Print the names in this language where a translation exists (default: en).")
    String language;

    ExercisesCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        Catalog catalog = catalog();
        for (Exercise exercise : catalog.all()) {
            String name = exercise.text(language).name();
            // A tab or line break inside a name would break the one-line-per-exercise format.
            out.println(exercise.id() + "\t" + name.replaceAll("[\\t\\r\\n]+", " "));
        }
        return ExitCodes.OK;
    }
}
