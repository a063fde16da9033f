package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Clinic;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The handout's last line says it is the end and whom to call, on both sheets and in every language: the clinic by
 * name with its number, its number alone ("Contact Tel 555-0100" once read as a name), the clinician, or the
 * person who handed the sheet over.
 */
class ClosingLineTest {

    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(BuiltInCatalog.load(), "BackSheet test", new FigurePictures());

    private static final Clinic NAME_AND_NUMBER =
            Sheet.empty().clinic().withName("Riverside Physio").withContact("Tel 555-0100");
    private static final Clinic NUMBER_ONLY = Sheet.empty().clinic().withContact("Tel 555-0100");
    private static final Clinic NONE = Sheet.empty().clinic();

    static Stream<Arguments> cases() {
        String en = "That is the end of your program. Questions, or is your pain changing? ";
        String es = "Aquí termina su programa. ¿Tiene preguntas o cambia su dolor? ";
        return Stream.of(Layout.values())
                .flatMap(layout -> Stream.of(
                        Arguments.of(
                                layout, "en", NAME_AND_NUMBER, null, en + "Contact Riverside Physio, Tel 555-0100."),
                        Arguments.of(layout, "en", NUMBER_ONLY, null, en + "Contact your clinic: Tel 555-0100."),
                        Arguments.of(layout, "en", NONE, "Dr Ana Ruiz", en + "Contact Dr Ana Ruiz."),
                        Arguments.of(layout, "en", NONE, null, en + "Ask the person who gave you this sheet."),
                        Arguments.of(
                                layout,
                                "es",
                                NAME_AND_NUMBER,
                                null,
                                es + "Contacte con Riverside Physio, Tel 555-0100."),
                        Arguments.of(layout, "es", NUMBER_ONLY, null, es + "Contacte con su centro: Tel 555-0100."),
                        Arguments.of(layout, "es", NONE, "Dr Ana Ruiz", es + "Contacte con Dr Ana Ruiz."),
                        Arguments.of(layout, "es", NONE, null, es + "Pregunte a la persona que le dio esta hoja.")));
    }

    @ParameterizedTest(name = "{0} {1} {3}: {4}")
    @MethodSource("cases")
    void theLastPageEndsWithWhomToCall(Layout layout, String language, Clinic clinic, String clinician, String line)
            throws Exception {
        Sheet sheet = Sheet.empty()
                .withLayout(layout)
                .withLanguage(language)
                .withClinic(clinic)
                .withClinician(clinician)
                .withItems(List.of(SheetItem.of("bridging")));
        PdfText pdf = PdfText.render(RENDERER, sheet);
        assertThat(PdfText.flat(pdf.pages.get(pdf.pages.size() - 1))).contains(PdfText.flat(line));
    }
}
