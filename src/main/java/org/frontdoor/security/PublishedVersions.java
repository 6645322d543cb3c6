package org.frontdoor.security;

/**
 * Whether a rule-set version's change notice is public: from its approval (so partners have notice before it takes
 * effect), and for every version that is or was in force. A draft's notice is read only by policy leads and auditors
 * ({@link EndpointRules#PUBLIC_ONCE_PUBLISHED}). The policy module answers.
 */
public interface PublishedVersions {
    /** False for a draft and for a version that does not exist. */
    boolean published(String version);
}
