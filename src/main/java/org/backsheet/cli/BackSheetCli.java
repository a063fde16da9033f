package org.backsheet.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code backsheet} command line: {@code export}, {@code validate}, {@code exercises}, {@code print},
 * {@code --help}, {@code --version}. Whatever goes wrong, the user reads one line and the process ends with a documented exit
 * code (0 ok, 2 bad input, 1 other failure); no stack trace is ever printed.
 */
@Command(
        name = "backsheet",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Exercise handouts for lower back pain, from the command line.",
            "Without a command, 'java -jar backsheet.jar' opens the editor."
        },
        footer = {"", "Run 'backsheet COMMAND --help' for the options of a command."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad input (a file, option or value is wrong)", "1:any other failure"})
public final class BackSheetCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private BackSheetCli() {}

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command is needed: export, print, validate or exercises");
    }

    /** Runs the command line with the real environment on the process's own stdout and stderr. */
    public static int run(String[] args, CliEnvironment environment) {
        if (args.length > 0 && args[0].equals("export")) {
            environment = RendererWarmUp.start(environment).applyTo(environment);
        }
        Charset charset = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset));
        try {
            return run(args, environment, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs the command line, writing to the given streams; what tests call. */
    public static int run(String[] args, CliEnvironment environment, PrintWriter out, PrintWriter err) {
        out = SafePrintWriter.wrap(out);
        err = SafePrintWriter.wrap(err);
        try {
            return commandLine(environment, out, err, args).execute(args);
        } catch (RuntimeException e) {
            // picocli already routes command failures to the handler below; this is the last line of defence.
            err.println("backsheet: error: " + UserMessages.reason(e));
            return ExitCodes.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The subcommands to register: only the one named first on the command line when there is one, because
     * picocli reads each command's annotations up front and a one-shot export should not pay for the others;
     * all of them for --help, a typo (so picocli can suggest the right name) or no command at all.
     */
    private static List<Object> subcommands(CliEnvironment environment, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        return switch (first) {
            case "export" -> List.of(new ExportCommand(environment));
            case "validate" -> List.of(new ValidateCommand(environment));
            case "exercises" -> List.of(new ExercisesCommand(environment));
            case "print" -> List.of(new PrintCommand(environment));
            default -> List.of(
                    new ExportCommand(environment),
                    new ValidateCommand(environment),
                    new ExercisesCommand(environment),
                    new PrintCommand(environment));
        };
    }

    static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err, String[] args) {
        CommandLine commandLine = new CommandLine(new BackSheetCli());
        for (Object command : subcommands(environment, args)) {
            commandLine.addSubcommand(command);
        }
        commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(BackSheetCli::badUsage)
                .setExecutionExceptionHandler((e, cl, parsed) -> failed(e, cl));
        commandLine.getCommandSpec().version("BackSheet " + environment.version());
        return commandLine;
    }

    private static int badUsage(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.BAD_INPUT;
    }

    private static int failed(Exception e, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof CliFailure failure) {
            err.println(failure.getMessage());
            return failure.exitCode();
        }
        err.println(commandLine.getCommandSpec().qualifiedName() + ": error: " + UserMessages.reason(e));
        return ExitCodes.FAILURE;
    }

    /**
     * The console's character set, but UTF-8 where the system claims plain ASCII (a bare "C" locale), so a
     * name like "Zofia Wójcik" is not printed as "Zofia W?jcik".
     */
    private static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("native.encoding"));
        try {
            Charset charset = name == null ? Charset.defaultCharset() : Charset.forName(name);
            return charset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
