package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.backsheet.render.ExportFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Export dialog offers a file type for every export format and names it by a key made from the format, so a
 * new format cannot reach the dialog without its words (LanguagesTest then asks for them in every language).
 */
class ExportFormatWordsTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatHasTheWordsOfItsFileType(ExportFormat format) {
        ResourceBundle english = ResourceBundle.getBundle("org.backsheet.ui.Editor", Locale.ROOT);
        assertThat(english.keySet()).contains("dialog.filter." + format.key());
    }
}
