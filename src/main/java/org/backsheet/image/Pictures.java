package org.backsheet.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Every picture BackSheet reads (a photo or logo chosen in the editor, a picture inside a sheet or exercise
 * file, the same picture when a handout is drawn) goes through here, with one set of limits. The size a
 * picture declares is read from its header before anything is decoded, so a small file claiming 30,000 x
 * 30,000 pixels is refused at once; decoding skips pixels while reading so that no more than about twice the
 * needed size is ever held in memory; CMYK JPEGs (print artwork) become RGB, which archival PDF needs.
 */
public final class Pictures {

    /** The largest side and the most pixels a picture may declare before it is refused unread. */
    public static final int MAX_SIDE = 12_000;

    public static final long MAX_PIXELS = 50_000_000L;
    /** The long side a handout picture needs at most: sharp at its printed size, small in the file. */
    public static final int LONG_SIDE = 1_600;
    /** Bigger picture files than this are not even read. */
    public static final long MAX_FILE_BYTES = 40L * 1024 * 1024;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    private static final float JPEG_QUALITY = 0.85f;

    private Pictures() {}

    /**
     * What a picture's header says: its type, size, and whether its colours can go into a PDF as they are
     * (RGB or grey) or must be converted (CMYK, YCCK).
     */
    public record Header(String mediaType, int width, int height, boolean plainColours) {
        public long pixels() {
            return (long) width * height;
        }
    }

    /** The media type the bytes' signature shows, or null when neither PNG nor JPEG. */
    public static String sniff(byte[] d) {
        if (d.length >= 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return PNG;
        }
        if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        return null;
    }

    /** Reads only the header and checks the declared size against the limits. */
    public static Header header(byte[] data) throws PictureException {
        return withReader(data, reader -> checked(reader, sniff(data)));
    }

    /**
     * Decodes the picture to an RGB image (ARGB when it has transparency) whose long side is at most
     * {@code longSide}, charging its declared pixels to {@code budget} first.
     */
    public static BufferedImage decode(byte[] data, int longSide, PictureBudget budget) throws PictureException {
        return withReader(data, reader -> {
            Header header = checked(reader, sniff(data));
            if (!budget.take(header.pixels())) {
                throw new PictureException(
                        PictureException.Kind.OVER_BUDGET,
                        "the handout's pictures together " + "are too large; this one is left out",
                        header.width(),
                        header.height());
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(header.width(), header.height()) / (2 * longSide));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = header.plainColours()
                    ? reader.read(0, param)
                    : CmykJpeg.toRgb(reader.readRaster(0, param), CmykJpeg.adobeTransform(reader));
            if (image == null) {
                throw new PictureException(PictureException.Kind.UNREADABLE, "the file holds no picture", 0, 0);
            }
            return scaleDown(image, longSide);
        });
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException, PictureException;
    }

    private static <T> T withReader(byte[] data, ReaderWork<T> work) throws PictureException {
        if (sniff(data) == null) {
            throw new PictureException(PictureException.Kind.UNSUPPORTED, "this is not a PNG or JPEG picture", 0, 0);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader reader = pngOrJpegReader(in);
            if (reader == null) {
                throw new PictureException(
                        PictureException.Kind.UNSUPPORTED, "this is not a PNG or JPEG picture", 0, 0);
            }
            try {
                reader.setInput(in, true, true);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new PictureException(
                    PictureException.Kind.UNREADABLE, "the picture is damaged or incomplete and cannot be read", 0, 0);
        }
    }

    private static Header checked(ImageReader reader, String mediaType) throws IOException, PictureException {
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
            throw new PictureException(
                    PictureException.Kind.TOO_LARGE,
                    "the picture says it is " + w + " x " + h
                            + " pixels; pictures up to " + MAX_SIDE + " pixels a side and " + MAX_PIXELS / 1_000_000
                            + " megapixels can be used",
                    w,
                    h);
        }
        ImageTypeSpecifier raw = JPEG.equals(mediaType) ? reader.getRawImageType(0) : null;
        boolean plain = !JPEG.equals(mediaType) || raw != null && raw.getNumBands() != 4;
        return new Header(mediaType, w, h, plain);
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

    /** Halves the picture step by step (sharper than one big jump) until its long side fits; RGB or ARGB. */
    public static BufferedImage scaleDown(BufferedImage image, int maxSide) {
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current =
                image.getType() == type ? image : copy(image, image.getWidth(), image.getHeight(), type);
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

    /** The image on white paper, without transparency (for JPEG). */
    public static BufferedImage onWhite(BufferedImage image) {
        return image.getColorModel().hasAlpha()
                ? copy(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB)
                : image;
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

    /** PNG bytes of the image. */
    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    /** JPEG bytes of the image (transparent parts on white). */
    public static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(onWhite(image), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
