package org.backsheet.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import org.backsheet.image.PictureException;
import org.backsheet.image.Pictures;
import org.backsheet.model.EmbeddedImage;

/**
 * Pictures inside files: {@code {"mediaType": "image/png", "data": "<base64>"}}. The bytes must really be a
 * PNG or JPEG picture of the type named, so a damaged picture is caught when the file is opened, not when
 * the handout is printed.
 */
final class ImageJson {

    static final String PNG = Pictures.PNG;
    static final String JPEG = Pictures.JPEG;

    private ImageJson() {}

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
            problems.at(
                    image.pathOf("mediaType"), "must be \"image/png\" or \"image/jpeg\", not " + typeNode.describe());
        } else {
            String t = typeNode.text().trim().toLowerCase(Locale.ROOT);
            if (t.equals("image/jpg")) {
                t = JPEG;
            }
            if (t.equals(PNG) || t.equals(JPEG)) {
                mediaType = t;
            } else {
                problems.at(
                        image.pathOf("mediaType"),
                        "unsupported picture type \"" + JsonNode.shorten(typeNode.text())
                                + "\"; allowed: image/png, image/jpeg");
            }
        }
        byte[] data = null;
        if (dataNode == null) {
            problems.at(image.pathOf("data"), "missing; the picture's bytes in base64");
        } else if (!dataNode.is(JsonNode.Kind.STRING)) {
            problems.at(image.pathOf("data"), "must be the picture's bytes as base64 text, not " + dataNode.describe());
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
        String actual = Pictures.sniff(data);
        if (!mediaType.equals(actual)) {
            problems.at(
                    image.path(),
                    actual == null
                            ? "the data is not a PNG or JPEG picture"
                            : "the data is a " + label(actual) + " picture but mediaType says " + mediaType);
            return null;
        }
        try {
            // Only the header is read: a tiny file can claim a picture that would fill the memory.
            Pictures.header(data);
        } catch (PictureException e) {
            problems.at(
                    image.path(),
                    e.kind() == PictureException.Kind.UNREADABLE
                            ? "the " + label(actual) + " picture is damaged (its size cannot be read)"
                            : e.getMessage());
            return null;
        }
        return new EmbeddedImage(mediaType, data);
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
