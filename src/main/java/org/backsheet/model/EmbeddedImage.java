package org.backsheet.model;

import java.util.Arrays;
import java.util.Base64;

/**
 * A picture carried inside a sheet or exercise file (a photo, a clinic logo), so the file is self-contained.
 * The bytes are PNG or JPEG, already scaled down when they were embedded.
 */
public final class EmbeddedImage {

    private final String mediaType;
    private final byte[] data;

    public EmbeddedImage(String mediaType, byte[] data) {
        this.mediaType = mediaType;
        this.data = data.clone();
    }

    /** {@code image/png} or {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    public byte[] data() {
        return data.clone();
    }

    public int size() {
        return data.length;
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmbeddedImage other && mediaType.equals(other.mediaType) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "EmbeddedImage[" + mediaType + ", " + data.length + " bytes]";
    }
}
