package org.backsheet.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.backsheet.model.Problem;

/**
 * The steps every BackSheet file goes through before its fields are read: size limit, UTF-8 decoding (a
 * byte-order mark is allowed) and JSON syntax. Each failure becomes one clear {@link Problem}.
 */
final class JsonDocument {

    private JsonDocument() {}

    /** The bytes of {@code file}, refusing a file over {@link Limits#MAX_FILE_BYTES} before reading it. */
    static byte[] readBytes(Path file) throws IOException, FileFormatException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new IOException(name + ": is a folder, not a file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A named pipe would block this read forever, a device would never end.
                String why = FileKinds.whyNotReadable(file);
                throw new FileFormatException(Problem.ofFile(name, why == null ? "is not an ordinary file" : why));
            }
            long size = Files.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                throw new FileFormatException(tooBig(name, size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read at most one byte past the limit: the file may have grown since it was measured.
                byte[] bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
                if (bytes.length > Limits.MAX_FILE_BYTES) {
                    throw new FileFormatException(tooBig(name, bytes.length));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(name, null, "the file does not exist");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(name, null, "permission denied: the file cannot be read");
        }
    }

    /** The root value of {@code content}, which must be a JSON object. */
    static JsonNode parseObject(String fileName, byte[] content) throws FileFormatException {
        if (content.length > Limits.MAX_FILE_BYTES) {
            throw new FileFormatException(tooBig(fileName, content.length));
        }
        String text = decode(fileName, content);
        if (text.isBlank()) {
            throw new FileFormatException(Problem.ofFile(fileName, "the file is empty"));
        }
        JsonNode root;
        try {
            root = JsonSyntax.parse(text);
        } catch (JsonSyntaxException e) {
            throw new FileFormatException(Problem.atPosition(fileName, e.line(), e.column(), e.getMessage()));
        }
        if (!root.is(JsonNode.Kind.OBJECT)) {
            throw new FileFormatException(Problem.atPosition(
                    fileName,
                    root.line(),
                    root.column(),
                    "the file must hold one JSON object in { }, but it holds " + root.describe()));
        }
        return root;
    }

    /** UTF-8 text without its byte-order mark; invalid bytes are a problem pointing at where they are. */
    static String decode(String fileName, byte[] content) throws FileFormatException {
        int offset = 0;
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (isUtf32(content)) {
            throw new FileFormatException(
                    Problem.ofFile(fileName, "the file is saved as UTF-32; save it as UTF-8 instead"));
        } else if (content.length >= 2
                && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                        || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
            throw new FileFormatException(
                    Problem.ofFile(fileName, "the file is saved as UTF-16; save it as UTF-8 instead"));
        }
        String fast = new String(content, offset, content.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            // Invalid bytes would have become U+FFFD; without one the text is valid as it is.
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            int bad = content[in.position()] & 0xFF;
            throw new FileFormatException(Problem.atPosition(
                    fileName,
                    line,
                    column,
                    String.format(
                            "the file is not valid UTF-8 text (byte 0x%02X at offset %d); save it with UTF-8 encoding",
                            bad, in.position())));
        }
        out.flip();
        return out.toString();
    }

    /**
     * True for UTF-32 text, with a byte-order mark or without one (JSON starts with an ASCII character, which
     * UTF-32 stores with three zero bytes).
     */
    private static boolean isUtf32(byte[] c) {
        if (c.length < 4) {
            return false;
        }
        boolean bigEndian =
                c[0] == 0 && c[1] == 0 && ((c[2] & 0xFF) == 0xFE && (c[3] & 0xFF) == 0xFF || c[2] == 0 && c[3] != 0);
        boolean littleEndian = c[1] == 0 && c[2] == 0 && c[3] == 0 && c[0] != 0
                || (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE && c[2] == 0 && c[3] == 0;
        return bigEndian || littleEndian;
    }

    private static Problem tooBig(String fileName, long size) {
        return Problem.ofFile(
                fileName,
                String.format(
                        "the file is too large (%.1f MB); BackSheet reads files " + "up to %d MB",
                        size / (1024.0 * 1024.0), Limits.MAX_FILE_BYTES / (1024 * 1024)));
    }
}
