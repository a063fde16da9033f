package org.backsheet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code exercises}: lists the catalog, one {@code id<TAB>name} line each, built-in ones first. */
@Command(
        name = "exercises",
        mixinStandardHelpOptions = true,
        description = "List the exercises a sheet can use: id, a tab, then the name.")
final class ExercisesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(
            names = "--language",
            paramLabel = "LANG",
            description = "Print the names in this language where a translation exists (default: en).")
    String language;

    private final CliEnvironment environment;

    ExercisesCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Catalog catalog = library.catalog(environment, spec.commandLine().getErr());
        for (Exercise exercise : catalog.all()) {
            String name = exercise.text(language).name();
            // A tab or line break inside a name would break the one-line-per-exercise format.
            out.println(exercise.id() + "\t" + name.replaceAll("[\\t\\r\\n]+", " "));
        }
        return ExitCodes.OK;
    }
}
