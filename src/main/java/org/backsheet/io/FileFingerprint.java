package org.backsheet.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a file looked like when the editor opened or last saved it (size, last-modified time, content hash),
 * so that a later save can notice that someone else, for example a second BackSheet window, changed the file
 * in the meantime, instead of silently overwriting that person's work.
 */
public record FileFingerprint(long size, long lastModifiedMillis, String sha256) {

    /** What {@link #compareWith} found on disk. */
    public enum DiskState {
        /** The file holds exactly what it held when the fingerprint was taken. */
        UNCHANGED,
        /** Someone wrote different content to the file since. */
        CHANGED,
        /** The file is gone (moved or deleted); saving creates it again and overwrites nobody's work. */
        DELETED
    }

    public FileFingerprint {
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Takes the fingerprint of the file as it is now. */
    public static FileFingerprint of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileFingerprint(
                attributes.size(), attributes.lastModifiedTime().toMillis(), hashOf(file));
    }

    /**
     * Compares the file on disk with this fingerprint. Size and time are only a quick first look: a different
     * size is a change for sure, but equal sizes are settled by the content hash, because a file system may
     * keep times in whole seconds and a copy tool may keep the old time.
     */
    public DiskState compareWith(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException gone) {
            return DiskState.DELETED;
        }
        if (attributes.size() != size) {
            return DiskState.CHANGED;
        }
        String hashNow;
        try {
            hashNow = hashOf(file);
        } catch (NoSuchFileException gone) {
            return DiskState.DELETED;
        }
        return hashNow.equals(sha256) ? DiskState.UNCHANGED : DiskState.CHANGED;
    }

    /** True when saving over the file loses nobody's work: it is as it was, or it is gone. */
    public boolean isSafeToOverwrite(Path file) throws IOException {
        return compareWith(file) != DiskState.CHANGED;
    }

    private static String hashOf(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) != -1) {
                // reading feeds the digest
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java runtime must provide SHA-256.
            throw new IllegalStateException(impossible);
        }
    }
}
