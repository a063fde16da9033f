package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backsheet.editor.PreferenceKeys;
import org.backsheet.io.UserDataFolders;
import org.backsheet.testsupport.ChildJvm;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The window works from 1280x720 up in English and Spanish: no label, button, filter box or field shows its
 * words cut, and nothing reaches past the window's edge, on any tab of the sheet pane. The window's language is
 * the machine's, chosen when it starts, so each language runs in its own program ({@link WindowTextFit}).
 */
@DisabledIf("java.awt.GraphicsEnvironment#isHeadless")
class SmallScreenGuiTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource({"en, 1280, 720", "es, 1280, 720", "en, 1440, 900", "es, 1440, 900"})
    void nothingIsCut(String language, int width, int height) throws Exception {
        Path prefs = home.resolve("preferences/editor.properties");
        Files.createDirectories(prefs.getParent());
        Files.writeString(prefs, PreferenceKeys.WELCOMED + "=true\n");
        Path output = home.resolve("fit.txt");
        Process process = ChildJvm.of(WindowTextFit.class)
                .property("user.language", language)
                .property("user.country", language.equals("es") ? "ES" : "US")
                .environment(UserDataFolders.HOME_VARIABLE, home.toString())
                .start(output, String.valueOf(width), String.valueOf(height));
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("the window program finished")
                .isTrue();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).as(String.join("\n", lines)).contains("DONE");
        assertThat(lines.stream().filter(l -> l.startsWith("CUT") || l.startsWith("HIDDEN")))
                .as("cut or hidden at %dx%d in %s", width, height, language)
                .isEmpty();
    }
}
