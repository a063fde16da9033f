package org.backsheet.cli;

import java.nio.file.Path;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.AtomicFiles;
import org.backsheet.render.ExportFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code export}: sheet files to PDF handouts, one to a named file or many into a folder. */
@Command(
        name = "export",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Render sheets as PDF handouts.",
            "One sheet: export SHEET.json -o OUT.pdf. Many: export A.json B.json ... -d DIR, "
                    + "which writes DIR/<name>.pdf for each and skips (and reports) any bad file."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every handout was written",
            "2:bad input: a sheet or an option is wrong",
            "1:another failure, e.g. the PDF could not be written"
        })
final class ExportCommand extends CatalogCommand {

    @Mixin
    SheetArguments sheets;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    @Mixin
    PageOverrides overrides;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "PDF",
            description = "The kind of file to write: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ExportFormat format;

    @Option(
            names = "--overwrite-read-only",
            description = "Replace a handout file even when it is marked read-only (without this, such a file "
                    + "is left as it is and reported).")
    boolean overwriteReadOnly;

    ExportCommand(CliEnvironment environment) {
        super(environment);
    }

    /** Where the handouts go: exactly one of a file or a folder. */
    static final class Destination {
        @Option(
                names = {"-o", "--output"},
                paramLabel = "OUT.pdf",
                required = true,
                description = "The PDF to write (one sheet only). An existing file is replaced only "
                        + "once the new one is complete.")
        Path output;

        @Option(
                names = {"-d", "--dir"},
                paramLabel = "DIR",
                required = true,
                description = "Folder for many handouts, created when missing: DIR/<name>.pdf per sheet.")
        Path directory;
    }

    @Override
    public Integer call() {
        List<Path> files = sheets.files;
        if (destination.output != null) {
            if (files.size() > 1) {
                throw new ParameterException(
                        spec.commandLine(),
                        "-o takes one sheet, but " + files.size() + " were given; use -d DIR to export several");
            }
            OutputTarget.checkWritableParent(destination.output);
            SheetExporter.Outcome outcome = exporter().export(files.get(0), destination.output);
            outcome.errorLines().forEach(err()::println);
            if (outcome.written()) {
                out().println("wrote " + destination.output + " (" + pages(outcome.pageCount()) + ")");
            }
            return outcome.exitCode();
        }
        OutputTarget.createFolder(destination.directory);
        return new BatchExport(exporter(), format, environment.threads(), out(), err())
                .run(files, destination.directory);
    }

    private SheetExporter exporter() {
        Catalog catalog = catalog();
        return new SheetExporter(
                catalog,
                environment.writers().forCatalog(catalog, format),
                overrides,
                overwriteReadOnly ? AtomicFiles.ReadOnly.REPLACE : AtomicFiles.ReadOnly.REFUSE);
    }

    static String pages(int count) {
        return count == 1 ? "1 page" : count + " pages";
    }
}
