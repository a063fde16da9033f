package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorPreferencesTest {

    @TempDir
    Path folder;

    @Test
    void valuesSurviveARestart() {
        Path file = folder.resolve("prefs/editor.properties");
        EditorPreferences first = new EditorPreferences(file);
        first.put(PreferenceKeys.THEME, "dark");
        first.put(PreferenceKeys.CLINICIAN, "J. Smith, PT \u00b7 \u00c5sa");
        first.addRecentFile(folder.resolve("a.backsheet.json"));
        EditorPreferences second = new EditorPreferences(file);
        assertThat(second.get(PreferenceKeys.THEME, "light")).isEqualTo("dark");
        assertThat(second.get(PreferenceKeys.CLINICIAN, null)).isEqualTo("J. Smith, PT \u00b7 \u00c5sa");
        assertThat(second.recentFiles()).containsExactly(folder.resolve("a.backsheet.json"));
    }

    @Test
    void recentFilesKeepTheLastEightMostRecentFirstWithoutRepeats() {
        EditorPreferences prefs = EditorPreferences.inMemory();
        for (int i = 0; i < 10; i++) {
            prefs.addRecentFile(folder.resolve(i + ".backsheet.json"));
        }
        prefs.addRecentFile(folder.resolve("5.backsheet.json"));
        assertThat(prefs.recentFiles()).hasSize(EditorPreferences.MAX_RECENT);
        assertThat(prefs.recentFiles().get(0).getFileName().toString()).isEqualTo("5.backsheet.json");
        assertThat(prefs.recentFiles()).doesNotHaveDuplicates();
        assertThat(prefs.recentFiles().get(1).getFileName().toString()).isEqualTo("9.backsheet.json");
    }

    @Test
    void aBrokenFileMeansNothingRemembered() throws Exception {
        Path file = folder.resolve("editor.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', 'z', 'z'});
        EditorPreferences prefs = new EditorPreferences(file);
        assertThat(prefs.get("a", "fallback")).isEqualTo("fallback");
        assertThat(prefs.getInt(PreferenceKeys.WINDOW_WIDTH, 1000)).isEqualTo(1000);
    }
}
