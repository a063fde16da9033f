package org.backsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.UserLibrary;
import org.backsheet.model.Problem;
import picocli.CommandLine.Option;

/**
 * The {@code --library DIR} option every command shares, and the catalog it leads to: the built-in exercises
 * plus the clinic's own from that folder, or from the editor's library folder when the option is not given.
 */
final class LibraryOption {

    @Option(
            names = "--library",
            paramLabel = "DIR",
            description = "Folder of your own exercises (.exercise.json) added to the built-in ones. "
                    + "Default: the editor's library folder, when it exists.")
    Path library;

    /**
     * Loads the catalog. Problems in the user's exercise files are printed as warnings and those files left
     * out; an exercise that reuses a built-in id is reported and the built-in one kept.
     *
     * @throws CliFailure (bad input) when {@code --library} names a folder that does not exist
     */
    Catalog catalog(CliEnvironment environment, PrintWriter err) {
        Catalog builtIn = environment.builtInCatalog().get();
        Path folder = chosenFolder(environment);
        if (folder == null) {
            return builtIn;
        }
        List<Problem> problems = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.iterator().hasNext();
        } catch (IOException | RuntimeException e) {
            // A library that cannot even be listed would leave every exercise id unknown: say why, and stop.
            throw CliFailure.badInput(folder + ": "
                    + UserLibrary.unreadableFolder(folder, e instanceof IOException io ? io : new IOException(e)));
        }
        Catalog catalog = UserLibrary.catalogWith(builtIn, folder, problems);
        List<String> lines =
                problems.stream().map(p -> UserMessages.line(p.asWarning())).toList();
        // Many files may each have a problem; a few screens of them are enough to act on.
        UserMessages.summarised(folder.toString(), lines).forEach(err::println);
        err.flush();
        return catalog;
    }

    private Path chosenFolder(CliEnvironment environment) {
        if (library != null) {
            if (!Files.isDirectory(library)) {
                throw CliFailure.badInput("--library: " + library + ": no such folder");
            }
            return library;
        }
        Path fallback = environment.defaultLibrary();
        return fallback != null && Files.isDirectory(fallback) ? fallback : null;
    }
}
