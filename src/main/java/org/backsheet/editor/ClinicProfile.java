package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backsheet.io.AtomicFiles;
import org.backsheet.io.FileFormatException;
import org.backsheet.io.ImageImport;
import org.backsheet.model.EmbeddedImage;

/**
 * The clinic profile: name, contact, emergency number and logo put on every new sheet. Name, contact and number are
 * the remembered clinic in the preferences (the sheet's own fields remember them too); the logo is a small picture
 * file in the user data folder, named in the preferences.
 */
public final class ClinicProfile {

    /** The logo's long side in pixels: sharp in the handout's header, a few kilobytes in each sheet file. */
    public static final int LOGO_SIDE = 600;

    private final EditorPreferences prefs;
    private final Path dataFolder;

    public ClinicProfile(EditorPreferences prefs, Path dataFolder) {
        this.prefs = prefs;
        this.dataFolder = dataFolder;
    }

    public String name() {
        return prefs.get(PreferenceKeys.CLINIC_NAME, "");
    }

    public String contact() {
        return prefs.get(PreferenceKeys.CLINIC_CONTACT, "");
    }

    /** The number to call for emergency care where the clinic is (112, 911...), printed in the safety box. */
    public String emergencyNumber() {
        return prefs.get(PreferenceKeys.CLINIC_EMERGENCY_NUMBER, "");
    }

    /** The profile's logo, or null when there is none (or its file went missing). */
    public EmbeddedImage logo() {
        return logo(prefs);
    }

    /** Keeps name, contact and emergency number (blank clears each) for the next new sheet. */
    public void save(String name, String contact, String emergencyNumber) {
        prefs.put(PreferenceKeys.CLINIC_NAME, blankToNull(name));
        prefs.put(PreferenceKeys.CLINIC_CONTACT, blankToNull(contact));
        prefs.put(PreferenceKeys.CLINIC_EMERGENCY_NUMBER, blankToNull(emergencyNumber));
    }

    /** True when the profile holds nothing a sheet would get. */
    public boolean isEmpty() {
        return name().isBlank() && contact().isBlank() && emergencyNumber().isBlank() && logo() == null;
    }

    /**
     * Reads the picture (PNG or JPEG), scales it to at most {@link #LOGO_SIDE} pixels and keeps a copy in the data
     * folder; a picture that cannot be used is refused with a message naming the file, and the old logo stays.
     */
    public EmbeddedImage setLogo(Path picture) throws FileFormatException, IOException {
        EmbeddedImage logo = ImageImport.read(picture, LOGO_SIDE);
        String extension = logo.mediaType().equals("image/png") ? ".png" : ".jpg";
        Path file = dataFolder.resolve("clinic-logo" + extension);
        Files.createDirectories(dataFolder);
        AtomicFiles.write(file, out -> out.write(logo.data()));
        Path old = prefs.getPath(PreferenceKeys.CLINIC_LOGO).orElse(null);
        prefs.put(PreferenceKeys.CLINIC_LOGO, file.toAbsolutePath().toString());
        if (old != null && !old.toAbsolutePath().equals(file.toAbsolutePath())) {
            Files.deleteIfExists(old);
        }
        return logo;
    }

    /** New sheets get no logo from now on. */
    public void removeLogo() throws IOException {
        Path old = prefs.getPath(PreferenceKeys.CLINIC_LOGO).orElse(null);
        prefs.put(PreferenceKeys.CLINIC_LOGO, null);
        if (old != null) {
            Files.deleteIfExists(old);
        }
    }

    /** The logo named in {@code prefs}; a missing or unreadable file means no logo rather than no new sheet. */
    static EmbeddedImage logo(EditorPreferences prefs) {
        Path file = prefs.getPath(PreferenceKeys.CLINIC_LOGO).orElse(null);
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            String type = file.getFileName().toString().endsWith(".png") ? "image/png" : "image/jpeg";
            return new EmbeddedImage(type, Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
