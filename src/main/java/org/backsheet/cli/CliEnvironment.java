package org.backsheet.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.UserDataFolders;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.HandoutWriter;
import org.backsheet.render.figure.FigurePictures;

/**
 * What the commands take from the world around them: the program version, the built-in catalog, the user's
 * library folder used when {@code --library} is not given, how handouts are written, and how many threads a
 * batch export may use. Tests build their own to point the library elsewhere or inject a failing writer.
 */
public record CliEnvironment(
        String version,
        Supplier<Catalog> builtInCatalog,
        Path defaultLibrary,
        HandoutWriter.Factory writers,
        int threads) {

    public CliEnvironment {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(builtInCatalog, "builtInCatalog");
        Objects.requireNonNull(writers, "writers");
        threads = Math.max(1, threads);
    }

    /** The real thing: the shipped catalog, the editor's library folder, the renderer, one thread per core. */
    public static CliEnvironment standard(String version) {
        return new CliEnvironment(
                version,
                BuiltInCatalog::load,
                UserDataFolders.library(),
                (catalog, format) ->
                        format.writer(new HandoutRenderer(catalog, "BackSheet " + version, new FigurePictures())),
                Runtime.getRuntime().availableProcessors());
    }

    public CliEnvironment withWriters(HandoutWriter.Factory value) {
        return new CliEnvironment(version, builtInCatalog, defaultLibrary, value, threads);
    }

    public CliEnvironment withDefaultLibrary(Path value) {
        return new CliEnvironment(version, builtInCatalog, value, writers, threads);
    }

    public CliEnvironment withThreads(int value) {
        return new CliEnvironment(version, builtInCatalog, defaultLibrary, writers, value);
    }
}
