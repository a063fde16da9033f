package org.backsheet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.backsheet.catalog.Catalog;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command has: the streams picocli gives it, the {@code --library} option and the catalog it leads
 * to, and the environment the program (or a test) runs it in.
 */
abstract class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    final CliEnvironment environment;

    CatalogCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The built-in exercises plus the user's library; its problems are printed on stderr as warnings. */
    Catalog catalog() {
        return library.catalog(environment, err());
    }
}
