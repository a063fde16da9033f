package org.backsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** Without a display, starting the editor says so and points to the command line instead of crashing. */
class EditorStartTest {

    @Test
    @EnabledIf("java.awt.GraphicsEnvironment#isHeadless")
    void withoutADisplayTheEditorExplainsAndRefuses() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        boolean opened = EditorStart.open(new String[0], new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(opened).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .contains("needs a display")
                .contains("--help")
                .doesNotContain("Exception");
    }
}
