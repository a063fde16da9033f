package org.backsheet.cli;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Problem;
import org.backsheet.model.SheetFileName;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.HandoutPrinter;
import org.backsheet.render.RenderResult;
import org.backsheet.render.RenderedHandout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code print}: renders one sheet and sends it to a printer, the same way the editor's Print does. */
@Command(
        name = "print",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Print a sheet's handout.",
            "print SHEET.json sends it to the default printer; --printer NAME chooses another."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the handout was sent to the printer",
            "2:bad input: the sheet or an option is wrong",
            "1:another failure, e.g. no such printer or the printer refused the job"
        })
final class PrintCommand extends CatalogCommand {

    @Parameters(paramLabel = "SHEET.json", arity = "1", description = "The sheet file (.backsheet.json).")
    Path sheet;

    @Option(
            names = "--printer",
            paramLabel = "NAME",
            description = "The printer, by the name the system gives it. Default: the default printer.")
    String printer;

    @Option(
            names = "--copies",
            paramLabel = "N",
            defaultValue = "1",
            description = "How many copies (1 to " + HandoutPrinter.MAX_COPIES + "). Default: ${DEFAULT-VALUE}.")
    int copies;

    @Mixin
    PageOverrides overrides;

    PrintCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        PrintWriter err = err();
        if (copies < 1 || copies > HandoutPrinter.MAX_COPIES) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--copies must be between 1 and " + HandoutPrinter.MAX_COPIES + ", not " + copies);
        }
        Catalog catalog = catalog();
        SheetInput input = SheetInput.read(sheet, catalog);
        for (Problem problem : input.problems()) {
            err.println(UserMessages.line(problem));
        }
        if (!input.usable()) {
            return ExitCodes.BAD_INPUT;
        }
        RenderedHandout pdf;
        try {
            pdf = RenderedHandout.of(
                    environment.writers().forCatalog(catalog, ExportFormat.PDF), overrides.applyTo(input.sheet()));
        } catch (IOException | RuntimeException e) {
            throw CliFailure.failure(input.name() + ": cannot make the handout: " + UserMessages.reason(e));
        }
        RenderResult result = pdf.result();
        for (String warning : result.warnings()) {
            err.println(UserMessages.renderWarning(input.name(), warning));
        }
        String used;
        try {
            used = HandoutPrinter.print(pdf.bytes(), printer, copies, jobName());
        } catch (PrinterException | IOException e) {
            throw CliFailure.failure(input.name() + ": cannot print: " + UserMessages.reason(e));
        }
        out().println("sent " + input.name() + " (" + ExportCommand.pages(result.pageCount()) + ") to " + used
                + (copies == 1 ? "" : ", " + copies + " copies"));
        return ExitCodes.OK;
    }

    /** The job's name in the printer queue: the sheet's file name without its extension. */
    private String jobName() {
        String name = SheetFileName.baseName(sheet);
        return name.isEmpty() ? sheet.getFileName().toString() : name;
    }
}
