package org.backsheet.editor;

/** The names of the remembered settings, in one place so the file stays readable. */
public final class PreferenceKeys {

    public static final String THEME = "theme";
    public static final String LAST_FOLDER = "lastFolder";
    public static final String EXPORT_FOLDER = "exportFolder";
    public static final String LAST_SHEET = "lastSheet";
    public static final String WINDOW_X = "window.x";
    public static final String WINDOW_Y = "window.y";
    public static final String WINDOW_WIDTH = "window.width";
    public static final String WINDOW_HEIGHT = "window.height";
    public static final String WINDOW_MAXIMIZED = "window.maximized";
    public static final String CLINICIAN = "default.clinician";
    public static final String CLINIC_NAME = "default.clinicName";
    public static final String CLINIC_CONTACT = "default.clinicContact";
    /** The clinic's emergency number (112, 911...): the same on every sheet of one clinic. */
    public static final String CLINIC_EMERGENCY_NUMBER = "default.clinicEmergencyNumber";
    /** The clinic profile's logo: a file in the user data folder, printed on every new sheet. */
    public static final String CLINIC_LOGO = "default.clinicLogo";

    /** The clinic's exercise library folder when it is not the user's own (e.g. a shared network drive). */
    public static final String LIBRARY_FOLDER = "library.folder";

    /** Set once the first-run welcome was shown, so it shows once. */
    public static final String WELCOMED = "welcomed";

    private PreferenceKeys() {}
}
