package org.backsheet.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The sheet files a command works through, one or more. */
final class SheetArguments {

    @Parameters(paramLabel = "SHEET.json", arity = "1..*", description = "Sheet files (.backsheet.json).")
    List<Path> files;
}
