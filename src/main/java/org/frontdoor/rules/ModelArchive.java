package org.frontdoor.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the DMN files of a rule set from an uploaded zip, which is untrusted.
 *
 * <p>Every {@code *.dmn} entry, at any depth, is taken under its base name; directories, {@code __MACOSX/} and
 * other files are ignored. Sizes are counted while inflating (the sizes in the zip's headers are the uploader's
 * word and are never trusted), over every entry including ignored ones, so a zip bomb is refused after at most
 * {@code maxTotalBytes} have been inflated. An entry whose name tries to leave the archive ({@code ..}, an absolute
 * path or a drive letter) refuses the whole upload. Problems are plain English; no library text is passed on.
 */
public final class ModelArchive {
    /** Entries of any kind (ignored ones included) beyond which an archive is refused outright. */
    static final int MAX_ENTRIES = 1_000;
    private static final int BUFFER = 8_192;

    private ModelArchive() {
    }

    public static List<ModelFile> read(byte[] zip, int maxFiles, long maxFileBytes, long maxTotalBytes) {
        if (zip == null || zip.length == 0) {
            throw new RejectedUpload(List.of("The upload is empty: send a zip file holding the rule set's .dmn files."));
        }
        List<String> problems = new ArrayList<>();
        Map<String, ModelFile> files = new LinkedHashMap<>();
        Map<String, String> firstPath = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries++;
                if (entries > MAX_ENTRIES) {
                    throw new RejectedUpload(List.of("The zip holds more than " + MAX_ENTRIES + " entries; a rule set is a few .dmn files."));
                }
                String name = entry.getName();
                boolean escapes = escapes(name);
                if (escapes) {
                    problems.add("The zip entry '" + printable(name) + "' has a name that points outside the archive; the upload was refused.");
                }
                String base = baseName(name);
                // every entry, kept or not, is inflated through the counter below: skipping one would inflate it uncounted
                boolean model = !escapes && !entry.isDirectory() && !name.startsWith("__MACOSX/") && !base.startsWith("._")
                        && base.toLowerCase(Locale.ROOT).endsWith(".dmn");
                ByteArrayOutputStream content = model ? new ByteArrayOutputStream() : null;
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (total > maxTotalBytes) {
                        throw new RejectedUpload(List.of("The zip unpacks to more than " + megabytes(maxTotalBytes)
                                + " in total; the upload was refused."));
                    }
                    if (model && size > maxFileBytes) {
                        throw new RejectedUpload(List.of("The file '" + printable(base) + "' is larger than " + megabytes(maxFileBytes)
                                + " once unpacked; the upload was refused."));
                    }
                    if (model) {
                        content.write(buffer, 0, n);
                    }
                }
                if (!model) {
                    continue;
                }
                if (files.containsKey(base)) {
                    problems.add("Two files are named '" + printable(base) + "' ('" + printable(firstPath.get(base)) + "' and '"
                            + printable(name) + "'); each model file must have its own name.");
                    continue;
                }
                if (files.size() >= maxFiles) {
                    throw new RejectedUpload(List.of("The zip holds more than " + maxFiles + " .dmn files; a rule set has at most "
                            + maxFiles + "."));
                }
                files.put(base, new ModelFile(base, content.toByteArray()));
                firstPath.put(base, name);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedUpload r) {
                throw r;
            }
            // the library's text may quote the uploader's bytes: say it plainly instead
            throw new RejectedUpload(List.of("The upload is not a readable zip file (it is damaged, encrypted or not a zip)."));
        }
        if (!problems.isEmpty()) {
            throw new RejectedUpload(problems);
        }
        if (entries == 0) {
            throw new RejectedUpload(List.of("The upload is not a zip file, or the zip is empty."));
        }
        if (files.isEmpty()) {
            throw new RejectedUpload(List.of("The zip holds no .dmn files."));
        }
        return List.copyOf(files.values());
    }

    /** True for a name that could write outside a folder it is unpacked into. */
    static boolean escapes(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            return true;
        }
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** The name as the uploader wrote it, without control characters and not too long to show. */
    private static String printable(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 120 ? t.substring(0, 117) + "..." : t;
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
    }
}
