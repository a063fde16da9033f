package org.backsheet.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test program started in a JVM of its own, on the tests' class path: for what one process cannot show (the
 * machine language a window starts with, a kill that runs no shutdown hook). Everything it prints, errors
 * included, goes to one file that the test reads or shows when the program fails.
 */
public final class ChildJvm {

    private final Class<?> program;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();

    private ChildJvm(Class<?> program) {
        this.program = program;
        // The child reads and writes the same text as the tests, whatever the machine's default.
        properties.put("file.encoding", "UTF-8");
    }

    /** The class whose {@code main} runs. */
    public static ChildJvm of(Class<?> program) {
        return new ChildJvm(program);
    }

    /** A system property of the child ({@code -Dname=value}). */
    public ChildJvm property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    /** A variable of the child's environment, such as the user data folder. */
    public ChildJvm environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts the program with {@code args}; its output and errors go to {@code output}. */
    public Process start(Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add(program.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(output.toFile());
        return builder.start();
    }
}
