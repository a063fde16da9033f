package org.backsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.AtomicFiles;
import org.backsheet.model.PageSize;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "SHEET.json", arity = "1..*", description = "Sheet files (.backsheet.json).")
    List<Path> sheets;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    @Option(
            names = "--page-size",
            paramLabel = "A4|LETTER",
            description = "Paper size, overriding the sheet: ${COMPLETION-CANDIDATES}.")
    PageSize pageSize;

    @Option(
            names = "--large-print",
            negatable = true,
            description =
                    "Large print (at least 16 pt body text), overriding the sheet; " + "--no-large-print turns it off.")
    Boolean largePrint;

    @Option(
            names = "--overwrite-read-only",
            description = "Replace a handout file even when it is marked read-only (without this, such a file "
                    + "is left as it is and reported).")
    boolean overwriteReadOnly;

    private final CliEnvironment environment;

    ExportCommand(CliEnvironment environment) {
        this.environment = environment;
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageOverrides overrides = new PageOverrides(pageSize, largePrint);
        if (destination.output != null) {
            if (sheets.size() > 1) {
                throw new ParameterException(
                        spec.commandLine(),
                        "-o takes one sheet, but " + sheets.size() + " were given; use -d DIR to export several");
            }
            OutputTarget.checkWritableParent(destination.output);
            SheetExporter exporter = exporter(overrides, err);
            SheetExporter.Outcome outcome = exporter.export(sheets.get(0), destination.output);
            outcome.errorLines().forEach(err::println);
            if (outcome.written()) {
                out.println("wrote " + destination.output + " (" + pages(outcome.pageCount()) + ")");
            }
            return outcome.exitCode();
        }
        OutputTarget.createFolder(destination.directory);
        return new BatchExport(exporter(overrides, err), environment.threads(), out, err)
                .run(sheets, destination.directory);
    }

    private SheetExporter exporter(PageOverrides overrides, PrintWriter err) {
        Catalog catalog = library.catalog(environment, err);
        return new SheetExporter(
                catalog,
                environment.writers().forCatalog(catalog),
                overrides,
                overwriteReadOnly ? AtomicFiles.ReadOnly.REPLACE : AtomicFiles.ReadOnly.REFUSE);
    }

    static String pages(int count) {
        return count == 1 ? "1 page" : count + " pages";
    }
}
