package org.backsheet.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The character set for zip entry names that are not UTF-8. */
final class ZipNames {

    private ZipNames() {}

    /**
     * The system's own code page when it is not UTF-8 (on Windows, what its compressor writes), else the
     * original PC code page 437 that the zip format started with, else ISO-8859-1 (which reads any byte, so
     * the names are at worst misspelt, never unreadable).
     */
    static Charset legacyCharset() {
        String nativeName = System.getProperty("native.encoding");
        try {
            if (nativeName != null) {
                Charset system = Charset.forName(nativeName);
                if (!system.equals(StandardCharsets.UTF_8) && !system.equals(StandardCharsets.US_ASCII)) {
                    return system;
                }
            }
        } catch (IllegalArgumentException unknown) {
            // fall through to the zip format's own code page
        }
        try {
            return Charset.forName("IBM437");
        } catch (IllegalArgumentException notInThisRuntime) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
