package org.frontdoor.policy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.frontdoor.rules.ModelArchive;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.UntrustedModels;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns what a policy lead uploads (one DMN file, or a zip of the set) into model files, refusing anything unsafe
 * before it is stored or reaches the engine. Uploaded DMN is untrusted input.
 */
@Component
class UploadedModels {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.dmn");
    private final PolicyProperties limits;
    private final UntrustedModels screening;

    UploadedModels(PolicyProperties limits, UntrustedModels screening) {
        this.limits = limits;
        this.screening = screening;
    }

    /** What an upload holds, and whether it replaces the whole set (a zip) or one file. */
    record Upload(List<ModelFile> files, boolean wholeSet) {
    }

    ModelFile dmn(String fileName, byte[] content) {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw PolicyProblem.invalid("fileName", "must be a DMN file name such as front-door-decision.dmn (letters, digits, . _ -)");
        }
        if (content == null || content.length == 0) {
            throw PolicyProblem.invalid("file", fileName + " is empty");
        }
        if (content.length > limits.maxFileBytes()) {
            throw PolicyProblem.invalid("file", fileName + " is larger than the limit of " + limits.maxFileBytes() + " bytes");
        }
        ModelFile file = new ModelFile(fileName, content);
        // size, no DTDs or entities (XXE, billion laughs), a DMN 1.1-1.5 root, no Java or PMML functions
        screening.screen(file);
        return file;
    }

    Upload read(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                List<ModelFile> files = ModelArchive.read(file.getBytes(), limits.maxFiles(), limits.maxFileBytes(), limits.maxTotalBytes());
                return new Upload(files.stream().map(f -> dmn(f.fileName(), f.content())).toList(), true);
            }
            return new Upload(List.of(dmn(name, file.getBytes())), false);
        } catch (IOException e) {
            throw PolicyProblem.invalid("file", "could not be read");
        }
    }
}
