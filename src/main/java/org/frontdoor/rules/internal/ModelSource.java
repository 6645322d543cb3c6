package org.frontdoor.rules.internal;

/** The bytes of one DMN file as the policy lead saved it. */
public record ModelSource(String fileName, byte[] content) {
}
