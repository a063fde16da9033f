package org.backsheet.render;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.backsheet.model.EmbeddedImage;

/**
 * Builds valid PNG files of any declared size whose pixels are all black: such a file is tiny on disk (black
 * rows compress about a thousand to one) but needs width x height x 3 bytes of memory once decoded.
 */
final class DeclaredSizePng {

    private DeclaredSizePng() {}

    static EmbeddedImage black(int width, int height) {
        return black(width, height, 8, 2, width * 3);
    }

    /** Like {@link #black(int, int)} with one bit per pixel, grey (the adversarial run's 6 KB files). */
    static EmbeddedImage blackOneBit(int width, int height) {
        return black(width, height, 1, 0, (width + 7) / 8);
    }

    private static EmbeddedImage black(int width, int height, int bitDepth, int colourType, int rowBytes) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {(byte) bitDepth, (byte) colourType, 0, 0, 0}); // deflate, no filter, no interlace
            chunk(png, "IHDR", header.toByteArray());
            ByteArrayOutputStream pixels = new ByteArrayOutputStream();
            try (DeflaterOutputStream z =
                    new DeflaterOutputStream(pixels, new Deflater(Deflater.DEFAULT_COMPRESSION))) {
                byte[] row = new byte[1 + rowBytes];
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            chunk(png, "IDAT", pixels.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return new EmbeddedImage("image/png", png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
