package org.frontdoor.rules;

/**
 * The bytes of one DMN file exactly as the policy lead saved it, under its file name (for example
 * {@code front-door-decision.dmn}). Kept byte for byte so a download returns what was uploaded.
 */
public record ModelFile(String fileName, byte[] content) {
}
