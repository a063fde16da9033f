package org.backsheet.render;

import io.nayuki.qrcodegen.QrCode.Ecc;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A link as a QR code drawn in vector form: each run of dark modules in a row is one filled rectangle, so the
 * code stays sharp at any print resolution and adds no image to the PDF. The encoder is Nayuki's qrcodegen.
 *
 * <p>The symbol is at least {@link #MIN_SIZE} wide (15 mm); a long link gets more modules, and the symbol grows
 * so that no module is smaller than {@link #MIN_MODULE} (half a millimetre reads reliably with an ordinary phone camera).
 * Around it a {@linkplain #QUIET_MODULES quiet zone} of four modules must stay blank: {@link #outerSize()}
 * includes it.
 */
final class QrCode {

    static final float MM = 72f / 25.4f;
    static final float MIN_SIZE = 15 * MM;
    static final float MIN_MODULE = 0.5f * MM;
    /** The blank margin the QR standard asks for, in modules, on every side. */
    static final int QUIET_MODULES = 4;

    private final io.nayuki.qrcodegen.QrCode code;
    private final float module;

    private QrCode(io.nayuki.qrcodegen.QrCode code, float minSize) {
        this.code = code;
        this.module = Math.max(minSize / code.size, MIN_MODULE);
    }

    /**
     * The code for {@code text} with its symbol at least {@code minSize} points wide (never below
     * {@link #MIN_SIZE}). The lowest error correction keeps long links small; the encoder raises it wherever the
     * same number of modules allows, so a short link gets the strongest (a smudge or a fold still reads).
     */
    static QrCode of(String text, float minSize) {
        return new QrCode(io.nayuki.qrcodegen.QrCode.encodeText(text, Ecc.LOW), Math.max(minSize, MIN_SIZE));
    }

    /** The width (and height) of the symbol itself, without the quiet zone. */
    float size() {
        return code.size * module;
    }

    /** The width (and height) with the quiet zone on every side: the room the code needs on the page. */
    float outerSize() {
        return (code.size + 2 * QUIET_MODULES) * module;
    }

    /** Whether the module at {@code column}, {@code row} (0,0 top left) is dark. */
    boolean isDark(int column, int row) {
        return code.getModule(column, row);
    }

    /** Modules along one side. */
    int modules() {
        return code.size;
    }

    /**
     * Adds the dark modules as rectangles to the current path and fills them in one go, the symbol's top-left
     * corner at ({@code x}, {@code top}) in PDF user space. The caller chooses the colour (black on white reads
     * best).
     */
    void fill(PDPageContentStream contents, float x, float top) throws IOException {
        for (int row = 0; row < code.size; row++) {
            int column = 0;
            while (column < code.size) {
                if (!code.getModule(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < code.size && code.getModule(column, row)) {
                    column++;
                }
                contents.addRect(x + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
        contents.fill();
    }
}
