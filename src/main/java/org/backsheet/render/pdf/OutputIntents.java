package org.backsheet.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Adds the sRGB output intent PDF/A needs to give device colours a meaning. The ICC profile is embedded
 * byte for byte: PDFBox's own PDOutputIntent constructor re-writes the profile header, differently per JDK.
 *
 * <p>The profile is the program's own copy ({@code sRGB.icc}, the sRGB profile of the OpenJDK 17 build the
 * handouts were first made with) rather than the running JDK's: other JDK builds and versions carry other
 * sRGB profile bytes, and the same sheet must give the same PDF under the bundled runtime and any JDK. Reading
 * it also spares a command-line start AWT's colour management.
 */
public final class OutputIntents {

    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = readProfile();

    private OutputIntents() {}

    /** Adds an sRGB output intent to {@code doc} (once; a second call does nothing). */
    public static void addSrgb(PDDocument doc) throws IOException {
        if (!doc.getDocumentCatalog().getOutputIntents().isEmpty()) {
            return;
        }
        byte[] icc = SRGB_PROFILE;
        COSStream profile = doc.getDocument().createCOSStream();
        profile.setInt(COSName.N, 3);
        try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(icc);
        }

        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        dict.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
        dict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        PDOutputIntent intent = new PDOutputIntent(dict);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setInfo(SRGB);
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    private static byte[] readProfile() {
        try (InputStream in = OutputIntents.class.getResourceAsStream("sRGB.icc")) {
            if (in == null) {
                throw new IllegalStateException("sRGB.icc missing from the program");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
