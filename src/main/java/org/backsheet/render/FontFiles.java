package org.backsheet.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The three Liberation Sans files, read from the classpath once per JVM and parsed into {@link TrueTypeFont}s.
 *
 * <p>A parsed TrueTypeFont reads its glyphs lazily from a shared buffer, so it must not be used by two
 * documents at the same time. Parsed sets are therefore lent out from a small pool: a single-threaded CLI
 * parses each file once; two export threads parse at most twice.
 */
final class FontFiles {

    private static final String DIR = "/assets/fonts/";
    private static final byte[] REGULAR = read("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = read("LiberationSans-Bold.ttf");
    private static final byte[] ITALIC = read("LiberationSans-Italic.ttf");

    private static final ConcurrentLinkedDeque<FontFiles> POOL = new ConcurrentLinkedDeque<>();

    final TrueTypeFont regular;
    final TrueTypeFont bold;
    final TrueTypeFont italic;
    final Face.GlyphWidths regularWidths;
    final Face.GlyphWidths boldWidths;
    final Face.GlyphWidths italicWidths;
    private final CmapLookup regularCmap;

    private FontFiles() throws IOException {
        regular = parse(REGULAR);
        bold = parse(BOLD);
        italic = parse(ITALIC);
        regularCmap = regular.getUnicodeCmapLookup();
        regularWidths = new Face.GlyphWidths(regular);
        boldWidths = new Face.GlyphWidths(bold);
        italicWidths = new Face.GlyphWidths(italic);
    }

    /** A parsed set nobody else is using; give it back with {@link #release} when the document is saved. */
    static FontFiles borrow() throws IOException {
        FontFiles files = POOL.pollFirst();
        return files != null ? files : new FontFiles();
    }

    static void release(FontFiles files) {
        POOL.offerFirst(files);
    }

    /** True when the regular face can print this code point (the bold and italic faces cover the same set). */
    boolean canPrint(int codePoint) {
        return regularCmap.getGlyphId(codePoint) != 0;
    }

    private static TrueTypeFont parse(byte[] data) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
        // Glyph substitution would only add ligatures to Latin text, which the line measurement does not
        // expect and text extraction reads badly; PDFBox's substitution is also by far its slowest step.
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] read(String name) {
        try (InputStream in = FontFiles.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the program: " + DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
