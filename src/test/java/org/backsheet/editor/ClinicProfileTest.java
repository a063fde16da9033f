package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.FileFormatException;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Sheet;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicProfileTest {

    @TempDir
    Path folder;

    @Test
    void theProfilesLogoNameContactAndEmergencyNumberLandInEveryNewSheet() throws Exception {
        EditorPreferences prefs = EditorPreferences.inMemory();
        ClinicProfile profile = new ClinicProfile(prefs, folder.resolve("home"));
        Path picture = folder.resolve("logo.png");
        ImageIO.write(new BufferedImage(1500, 500, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());

        profile.save("  Riverside Physio ", "(555) 010-2000", " 112 ");
        EmbeddedImage logo = profile.setLogo(picture);

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(logo.data()));
        assertThat(stored.getWidth())
                .isLessThanOrEqualTo(ClinicProfile.LOGO_SIDE)
                .isGreaterThan(300);
        Sheet sheet = SheetDefaults.blank(prefs, LocalDate.of(2026, 11, 22));
        assertThat(sheet.clinic().name()).isEqualTo("Riverside Physio");
        assertThat(sheet.clinic().contact()).isEqualTo("(555) 010-2000");
        assertThat(sheet.clinic().logo()).isEqualTo(logo);
        // The sheet form has the number; the profile lacked it, so every new sheet had to be given it by hand.
        assertThat(sheet.clinic().emergencyNumber()).isEqualTo("112");
        assertThat(profile.emergencyNumber()).isEqualTo("112");

        profile.removeLogo();
        assertThat(SheetDefaults.blank(prefs, LocalDate.now()).clinic().logo()).isNull();
        try (var files = Files.list(folder.resolve("home"))) {
            assertThat(files).isEmpty();
        }
    }

    /** A clinician prints the clinic's number for the patient to call: it must reach the handout's last line. */
    @Test
    void theProfilesContactIsWhomTheHandoutsClosingLineSaysToCall() throws Exception {
        EditorPreferences prefs = EditorPreferences.inMemory();
        new ClinicProfile(prefs, folder.resolve("home")).save("Riverside Physio", "(555) 010-2000", null);
        Catalog catalog = BuiltInCatalog.load();
        Sheet sheet = SheetDefaults.sample(catalog, prefs, LocalDate.of(2026, 11, 22), new EditorTexts(Locale.ENGLISH));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new HandoutRenderer(catalog, "test", new FigurePictures()).render(sheet, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text.substring(text.indexOf("That is the end of your program")))
                    .startsWith("That is the end of your program. Questions, or is your pain changing? "
                            + "Contact Riverside Physio, (555) 010-2000.");
        }
    }

    @Test
    void aFileThatIsNoPictureIsRefusedAndTheOldLogoStays() throws Exception {
        EditorPreferences prefs = EditorPreferences.inMemory();
        ClinicProfile profile = new ClinicProfile(prefs, folder.resolve("home"));
        Path picture = folder.resolve("logo.jpg");
        ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB), "jpeg", picture.toFile());
        EmbeddedImage logo = profile.setLogo(picture);
        Path notes = Files.writeString(folder.resolve("notes.png"), "not a picture");

        assertThatThrownBy(() -> profile.setLogo(notes))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("notes.png");
        assertThat(profile.logo()).isEqualTo(logo);
    }
}
