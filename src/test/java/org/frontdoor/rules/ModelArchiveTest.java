package org.frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Reading an uploaded zip of DMN files, which is untrusted. */
class ModelArchiveTest {
    private static final int MAX_FILES = 10;
    private static final long MAX_FILE = 5L * 1024 * 1024;
    private static final long MAX_TOTAL = 10L * 1024 * 1024;

    @Test
    void takesTheDmnFilesAtAnyDepthByTheirBaseNameAndIgnoresTheRest() {
        byte[] zip = zip(zos -> {
            put(zos, "rules/", null);
            put(zos, "rules/indicator-catalogue.dmn", "<definitions name=\"a\"/>");
            put(zos, "rules/deeper/front-door-decision.DMN", "<definitions name=\"b\"/>");
            put(zos, "README.txt", "notes");
            put(zos, "__MACOSX/rules/._indicator-catalogue.dmn", "resource fork");
            put(zos, "rules/._front-door-decision.dmn", "resource fork");
            put(zos, "pictures/diagram.png", "png");
        });

        var files = ModelArchive.read(zip, MAX_FILES, MAX_FILE, MAX_TOTAL);

        assertThat(files).extracting(ModelFile::fileName).containsExactly("indicator-catalogue.dmn", "front-door-decision.DMN");
        assertThat(new String(files.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("<definitions name=\"a\"/>");
    }

    @Test
    void aZipBombIsRefusedWhileInflatingWhateverItsHeadersSay() {
        byte[] zeros = new byte[1024 * 1024];
        byte[] bomb = zip(zos -> {
            try {
                zos.putNextEntry(new ZipEntry("bomb.dmn"));
                for (int i = 0; i < 50; i++) {
                    zos.write(zeros);
                }
                zos.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(bomb.length).as("compressed size").isLessThan(200_000);

        RejectedUpload refused = catchThrowableOfType(RejectedUpload.class, () -> ModelArchive.read(bomb, MAX_FILES, MAX_FILE, MAX_TOTAL));
        assertThat(refused.problems()).singleElement().asString().contains("'bomb.dmn' is larger than 5 MB");

        byte[] hidden = zip(zos -> {
            try {
                zos.putNextEntry(new ZipEntry("padding.bin"));
                for (int i = 0; i < 50; i++) {
                    zos.write(zeros);
                }
                zos.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThatThrownBy(() -> ModelArchive.read(hidden, MAX_FILES, MAX_FILE, MAX_TOTAL)).isInstanceOf(RejectedUpload.class)
                .hasMessageContaining("more than 10 MB in total");

        byte[] escaping = zip(zos -> {
            try {
                zos.putNextEntry(new ZipEntry("../padding.dmn"));
                for (int i = 0; i < 50; i++) {
                    zos.write(zeros);
                }
                zos.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThatThrownBy(() -> ModelArchive.read(escaping, MAX_FILES, MAX_FILE, MAX_TOTAL)).as("an ignored entry is counted too")
                .isInstanceOf(RejectedUpload.class).hasMessageContaining("more than 10 MB in total");
    }

    @Test
    void aNameThatLeavesTheArchiveRefusesTheUpload() {
        for (String name : new String[] {"../evil.dmn", "rules/../../evil.dmn", "/etc/evil.dmn", "C:\\temp\\evil.dmn", "..\\evil.dmn"}) {
            byte[] zip = zip(zos -> {
                put(zos, "good.dmn", "<definitions/>");
                put(zos, name, "<definitions/>");
            });
            RejectedUpload refused = catchThrowableOfType(RejectedUpload.class, () -> ModelArchive.read(zip, MAX_FILES, MAX_FILE, MAX_TOTAL));
            assertThat(refused).as(name).isNotNull();
            assertThat(refused.problems()).singleElement().asString().contains("points outside the archive");
        }
    }

    @Test
    void twoFilesWithTheSameBaseNameAreRefused() {
        byte[] zip = zip(zos -> {
            put(zos, "a/model.dmn", "<definitions/>");
            put(zos, "b/model.dmn", "<definitions/>");
        });
        assertThatThrownBy(() -> ModelArchive.read(zip, MAX_FILES, MAX_FILE, MAX_TOTAL)).isInstanceOf(RejectedUpload.class)
                .hasMessageContaining("Two files are named 'model.dmn'");
    }

    @Test
    void tooManyFilesAreRefused() {
        byte[] zip = zip(zos -> {
            for (int i = 0; i < 3; i++) {
                put(zos, "m" + i + ".dmn", "<definitions/>");
            }
        });
        assertThatThrownBy(() -> ModelArchive.read(zip, 2, MAX_FILE, MAX_TOTAL)).isInstanceOf(RejectedUpload.class)
                .hasMessageContaining("more than 2 .dmn files");
    }

    @Test
    void anEmptyZipAZipWithoutModelsAndSomethingElseAreRefusedInPlainEnglish() {
        assertThatThrownBy(() -> ModelArchive.read(new byte[0], MAX_FILES, MAX_FILE, MAX_TOTAL)).isInstanceOf(RejectedUpload.class)
                .hasMessageContaining("The upload is empty");
        assertThatThrownBy(() -> ModelArchive.read(zip(zos -> { }), MAX_FILES, MAX_FILE, MAX_TOTAL)).isInstanceOf(RejectedUpload.class)
                .hasMessageContaining("not a zip file, or the zip is empty");
        assertThatThrownBy(() -> ModelArchive.read(zip(zos -> put(zos, "notes.txt", "x")), MAX_FILES, MAX_FILE, MAX_TOTAL))
                .isInstanceOf(RejectedUpload.class).hasMessageContaining("no .dmn files");
        assertThatThrownBy(() -> ModelArchive.read("<definitions/>".getBytes(StandardCharsets.UTF_8), MAX_FILES, MAX_FILE, MAX_TOTAL))
                .isInstanceOf(RejectedUpload.class).hasMessageContaining("not a zip file");
        byte[] truncated = java.util.Arrays.copyOf(zip(zos -> put(zos, "a.dmn", "<definitions>" + "x".repeat(5000) + "</definitions>")), 60);
        RejectedUpload refused = catchThrowableOfType(RejectedUpload.class, () -> ModelArchive.read(truncated, MAX_FILES, MAX_FILE, MAX_TOTAL));
        assertThat(refused.problems()).singleElement().asString().startsWith("The upload is not a readable zip file");
    }

    @Test
    void theShippedRulesZippedWithJunkValidate() {
        byte[] zip = zip(zos -> {
            for (ModelFile f : RuleSetValidatorTest.shipped()) {
                put(zos, "my rules/" + f.fileName(), new String(f.content(), StandardCharsets.UTF_8));
            }
            put(zos, "my rules/notes.docx", "junk");
        });
        var files = ModelArchive.read(zip, MAX_FILES, MAX_FILE, MAX_TOTAL);
        assertThat(files).extracting(ModelFile::fileName).containsExactly("indicator-catalogue.dmn", "front-door-decision.dmn");
        assertThat(files.get(1).content()).isEqualTo(RuleSetValidatorTest.shipped().get(1).content());
    }

    private interface Entries {
        void write(ZipOutputStream zos);
    }

    private static byte[] zip(Entries entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zos = new ZipOutputStream(out)) {
            entries.write(zos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zos, String name, String content) {
        try {
            zos.putNextEntry(new ZipEntry(name));
            if (content != null) {
                zos.write(content.getBytes(StandardCharsets.UTF_8));
            }
            zos.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
