package org.frontdoor.security;

/**
 * Whether a rule-set version has been published (is or was in force). A change notice is public once its version is
 * published; before that (a draft, or approved and not yet published) only policy leads and auditors may read it
 * ({@link EndpointRules#PUBLIC_ONCE_PUBLISHED}). The policy module answers.
 */
public interface PublishedVersions {
    /** False for a draft, an approved version not yet published, and a version that does not exist. */
    boolean published(String version);
}
