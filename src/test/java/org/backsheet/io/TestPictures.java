package org.backsheet.io;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Pictures made in code for the image tests: real photos-like images, a damaged file, a decompression bomb. */
public final class TestPictures {

    private TestPictures() {}

    /** A colourful opaque picture of the given size, encoded as {@code format} (png or jpeg). */
    public static byte[] picture(int width, int height, String format, boolean transparent) throws IOException {
        BufferedImage img = new BufferedImage(
                width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160), width, height, new Color(230, 200, 90)));
        g.fillRect(0, 0, width, transparent ? height / 2 : height);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** A real PNG cut off half way: the header reads, the pixels do not. */
    public static byte[] truncatedPng() throws IOException {
        byte[] whole = picture(200, 150, "png", false);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /**
     * A tiny PNG whose header declares {@code width} x {@code height} pixels: decoding it would need gigabytes,
     * so it must be refused from the header alone.
     */
    public static byte[] bombPng(int width, int height) throws IOException {
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] buf = new byte[8192];
        int n = deflater.deflate(buf);
        return png(width, height, 8, 2, Arrays.copyOf(buf, n));
    }

    /**
     * A PNG file written by hand: the signature, a header declaring {@code width} x {@code height} pixels of
     * {@code bitDepth} and {@code colourType} (deflate, no filter, no interlace), the compressed pixels as they
     * are given, and the end. Nothing checks that the pixels fit the header: that is what the tests try.
     */
    public static byte[] png(int width, int height, int bitDepth, int colourType, byte[] compressedPixels)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {(byte) bitDepth, (byte) colourType, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", compressedPixels);
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
