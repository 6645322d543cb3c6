-- Staff who use the API with the council's single sign-on (frontdoor.security.api=oidc) and are not in app_user:
-- recorded when their token is first used (and again when their roles change), so a manager can allocate work to a
-- practitioner known only to the sign-in service. No password; nothing here lets anyone sign in.
CREATE TABLE sso_staff (
    username      VARCHAR(100)             NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200)             NOT NULL,
    last_seen     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The roles the last token carried: practitioner, manager, policy-lead, auditor.
CREATE TABLE sso_staff_role (
    username  VARCHAR(100) NOT NULL REFERENCES sso_staff (username) ON DELETE CASCADE,
    role      VARCHAR(20)  NOT NULL,
    PRIMARY KEY (username, role)
);
