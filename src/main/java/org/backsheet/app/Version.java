package org.backsheet.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, as Maven wrote it into the jar. */
public final class Version {

    private Version() {}

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
