package org.backsheet.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import org.backsheet.model.EmbeddedImage;

/**
 * Pictures inside files: {@code {"mediaType": "image/png", "data": "<base64>"}}. The bytes must really be a
 * PNG or JPEG picture of the type named, so a damaged picture is caught when the file is opened, not when
 * the handout is printed.
 */
final class ImageJson {

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private ImageJson() {
    }

    /** The picture in field {@code name} of {@code fields}, or null when absent or bad (reported). */
    static EmbeddedImage read(JsonFields fields, String name) {
        JsonFields image = fields.object(name);
        if (image == null) {
            return null;
        }
        Problems problems = fields.problems();
        JsonNode typeNode = image.get("mediaType");
        JsonNode dataNode = image.get("data");
        String mediaType = null;
        if (typeNode == null) {
            problems.at(image.pathOf("mediaType"), "missing; write \"image/png\" or \"image/jpeg\"");
        } else if (!typeNode.is(JsonNode.Kind.STRING)) {
            problems.at(image.pathOf("mediaType"), "must be \"image/png\" or \"image/jpeg\", not "
                    + typeNode.describe());
        } else {
            String t = typeNode.text().trim().toLowerCase(Locale.ROOT);
            if (t.equals("image/jpg")) {
                t = JPEG;
            }
            if (t.equals(PNG) || t.equals(JPEG)) {
                mediaType = t;
            } else {
                problems.at(image.pathOf("mediaType"), "unsupported picture type \""
                        + JsonNode.shorten(typeNode.text()) + "\"; allowed: image/png, image/jpeg");
            }
        }
        byte[] data = null;
        if (dataNode == null) {
            problems.at(image.pathOf("data"), "missing; the picture's bytes in base64");
        } else if (!dataNode.is(JsonNode.Kind.STRING)) {
            problems.at(image.pathOf("data"), "must be the picture's bytes as base64 text, not "
                    + dataNode.describe());
        } else {
            try {
                data = Base64.getDecoder().decode(stripWhiteSpace(dataNode.text()));
            } catch (IllegalArgumentException e) {
                problems.at(image.pathOf("data"), "is not valid base64 picture data");
            }
            if (data != null && data.length == 0) {
                problems.at(image.pathOf("data"), "the picture is empty");
                data = null;
            }
        }
        if (mediaType == null || data == null) {
            return null;
        }
        String actual = sniff(data);
        if (!mediaType.equals(actual)) {
            problems.at(image.path(), actual == null
                    ? "the data is not a PNG or JPEG picture"
                    : "the data is a " + label(actual) + " picture but mediaType says " + mediaType);
            return null;
        }
        int[] size = PNG.equals(actual) ? pngSize(data) : jpegSize(data);
        if (size == null) {
            problems.at(image.path(), "the " + label(actual) + " picture is damaged (its size cannot be read)");
            return null;
        }
        if (size[0] > ImageImport.MAX_SIDE || size[1] > ImageImport.MAX_SIDE
                || (long) size[0] * size[1] > ImageImport.MAX_PIXELS) {
            // Checked here, before anything decodes it: a tiny file can claim a picture that fills the memory.
            problems.at(image.path(), "the picture says it is " + size[0] + " x " + size[1] + " pixels; at most "
                    + ImageImport.MAX_SIDE + " pixels a side and " + ImageImport.MAX_PIXELS / 1_000_000
                    + " million in all are allowed");
            return null;
        }
        return new EmbeddedImage(mediaType, data);
    }

    /** Width and height from a PNG's header chunk, or null when there is none. */
    static int[] pngSize(byte[] d) {
        if (d.length < 24 || d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R') {
            return null;
        }
        int w = int32(d, 16);
        int h = int32(d, 20);
        return w > 0 && h > 0 ? new int[] {w, h} : null;
    }

    /** Width and height from a JPEG's start-of-frame marker, or null when none comes before the image data. */
    static int[] jpegSize(byte[] d) {
        int i = 2;
        while (i + 3 < d.length) {
            if ((d[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = d[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2; // markers without a length
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return null; // end of image or image data, and no frame header seen
            }
            int length = ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 8 >= d.length) {
                    return null;
                }
                int h = ((d[i + 5] & 0xFF) << 8) | (d[i + 6] & 0xFF);
                int w = ((d[i + 7] & 0xFF) << 8) | (d[i + 8] & 0xFF);
                return w > 0 && h > 0 ? new int[] {w, h} : null;
            }
            if (length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static int int32(byte[] d, int at) {
        return ((d[at] & 0xFF) << 24) | ((d[at + 1] & 0xFF) << 16) | ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
    }

    static void write(JsonWriter out, String name, EmbeddedImage image) throws IOException {
        if (image == null) {
            return;
        }
        out.name(name).beginObject();
        out.name("mediaType").value(image.mediaType());
        out.name("data").value(image.toBase64());
        out.endObject();
    }

    /** The media type the bytes' signature shows, or null. */
    static String sniff(byte[] d) {
        if (d.length >= 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return PNG;
        }
        if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        return null;
    }

    private static String label(String mediaType) {
        return mediaType.equals(PNG) ? "PNG" : "JPEG";
    }

    private static String stripWhiteSpace(String s) {
        // Some tools wrap base64 at 76 columns; the line breaks carry no data.
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
