package org.backsheet.io;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Problem;

/**
 * Makes a picture file the clinician chose (a photo of the exercise, a clinic logo) fit to live inside a sheet
 * or exercise file: checks the size the file declares before decoding anything (so a "decompression bomb"
 * claiming 30,000 x 30,000 pixels is refused at once), decodes it, scales it down to at most 1,600 pixels on
 * the long side and encodes it again: JPEG for photos, PNG when it has transparency. Re-encoding also drops
 * camera metadata such as the place a photo was taken.
 */
public final class ImageImport {

    /** The largest side and the most pixels a picture may declare before it is refused unread. */
    public static final int MAX_SIDE = 12_000;
    public static final long MAX_PIXELS = 50_000_000L;
    /** The long side of the embedded picture: sharp at the handout's picture size, small in the file. */
    public static final int LONG_SIDE = 1_600;
    /** Bigger files than this are not even read. */
    public static final long MAX_FILE_BYTES = 40L * 1024 * 1024;
    private static final float JPEG_QUALITY = 0.85f;

    private ImageImport() {
    }

    /** The picture in {@code file}, ready to embed; a file that cannot be used gives a message naming it. */
    public static EmbeddedImage read(Path file) throws FileFormatException, IOException {
        return read(file, LONG_SIDE);
    }

    /** Like {@link #read(Path)}, scaled to at most {@code longSide} pixels on the long side (a logo needs less). */
    public static EmbeddedImage read(Path file, int longSide) throws FileFormatException, IOException {
        String name = file.getFileName().toString();
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw refuse(name, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; choose a smaller "
                    + "picture");
        }
        return fromBytes(name, Files.readAllBytes(file), longSide);
    }

    /** Like {@link #read}, for bytes already in memory; {@code name} is used in messages. */
    public static EmbeddedImage fromBytes(String name, byte[] bytes) throws FileFormatException {
        return fromBytes(name, bytes, LONG_SIDE);
    }

    private static EmbeddedImage fromBytes(String name, byte[] bytes, int longSide) throws FileFormatException {
        BufferedImage image = decode(name, bytes);
        BufferedImage scaled = scaleDown(image, longSide);
        try {
            if (scaled.getColorModel().hasAlpha()) {
                return new EmbeddedImage("image/png", png(scaled));
            }
            return new EmbeddedImage("image/jpeg", jpeg(scaled));
        } catch (IOException e) {
            throw refuse(name, "the picture could not be stored (" + e.getMessage() + ")");
        }
    }

    private static BufferedImage decode(String name, byte[] bytes) throws FileFormatException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = pngOrJpegReader(in);
            if (reader == null) {
                throw refuse(name, "this is not a PNG or JPEG picture");
            }
            try {
                reader.setInput(in, true, true);
                // Only the header is read here: nothing is decoded before the size is known to be sane.
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
                    throw refuse(name, "the picture says it is " + w + " x " + h + " pixels; pictures up to "
                            + MAX_SIDE + " pixels a side and " + MAX_PIXELS / 1_000_000 + " megapixels can be used");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw refuse(name, "the file holds no picture");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw refuse(name, "the picture is damaged or incomplete and cannot be read");
        }
    }

    private static ImageReader pngOrJpegReader(ImageInputStream in) {
        if (in == null) {
            return null;
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            try {
                String format = r.getFormatName().toLowerCase(Locale.ROOT);
                if (format.equals("png") || format.equals("jpeg") || format.equals("jpg")) {
                    return r;
                }
            } catch (IOException e) {
                // try the next reader
            }
            r.dispose();
        }
        return null;
    }

    /** Halves the picture step by step (sharper than one big jump) until its long side fits. */
    static BufferedImage scaleDown(BufferedImage image) {
        return scaleDown(image, LONG_SIDE);
    }

    private static BufferedImage scaleDown(BufferedImage image, int maxSide) {
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = copy(image, image.getWidth(), image.getHeight(), type);
        int longSide = Math.max(current.getWidth(), current.getHeight());
        while (longSide > maxSide) {
            double factor = Math.max(0.5, maxSide / (double) longSide);
            int w = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int h = Math.max(1, (int) Math.round(current.getHeight() * factor));
            current = copy(current, w, h, type);
            longSide = Math.max(w, h);
        }
        return current;
    }

    private static BufferedImage copy(BufferedImage source, int w, int h, int type) {
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        if (type == BufferedImage.TYPE_INT_RGB) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static FileFormatException refuse(String name, String message) {
        return new FileFormatException(Problem.ofFile(name, message));
    }
}
