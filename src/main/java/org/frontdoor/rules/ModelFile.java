package org.frontdoor.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The bytes of one DMN file exactly as the policy lead saved it, under its file name (for example
 * {@code front-door-decision.dmn}). Kept byte for byte so a download returns what was uploaded.
 */
public record ModelFile(String fileName, byte[] content) {

    /** SHA-256 of one file's bytes, in hex. */
    public String hash() {
        return hex(digest().digest(content));
    }

    /** SHA-256 over a set of files (names and bytes, in name order): the rule set's content hash. */
    public static String hashOf(List<ModelFile> files) {
        MessageDigest digest = digest();
        files.stream().sorted(Comparator.comparing(ModelFile::fileName)).forEach(f -> {
            digest.update(f.fileName().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(f.content());
        });
        return hex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
