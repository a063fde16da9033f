package org.backsheet.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads QR codes off printed pages as a phone would: the page rendered to pixels, then ZXing's decoder. */
final class QrDecoder {

    /**
     * A phone camera of 12 megapixels filling its frame with an A4 page sees about 400 dots per inch; ZXing's
     * reader needs about 300 for the largest codes (a 2,000-character link).
     */
    static final float DPI = 300;

    private QrDecoder() {}

    /** The texts of every QR code on page {@code index} (0-based) of {@code pdf}. */
    static List<String> decodePage(byte[] pdf, int index) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return decode(new PDFRenderer(document).renderImageWithDPI(index, DPI, ImageType.RGB));
        }
    }

    static List<String> decodePage(Path pdf, int index) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return decode(new PDFRenderer(document).renderImageWithDPI(index, DPI, ImageType.RGB));
        }
    }

    static List<String> decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        List<String> texts = new ArrayList<>();
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, hints)) {
                texts.add(r.getText());
            }
        } catch (NotFoundException e) {
            // The reader for several codes misses some a single-code reader finds (large versions): try that too.
            try {
                texts.add(new QRCodeReader().decode(bitmap, hints).getText());
            } catch (NotFoundException | ChecksumException | FormatException notFound) {
                // no code on the page: an empty list says so
            }
        }
        return texts;
    }
}
