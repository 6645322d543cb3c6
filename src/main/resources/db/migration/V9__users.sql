-- The people who sign in (pages: form login; API: HTTP Basic). Passwords are bcrypt hashes, never the password.
-- demo: created by the demo profile only, and removed whenever the service starts without it.
-- failed_attempts / locked_until: sign-in throttling (locked for a while after repeated failures).
CREATE TABLE app_user (
    username         VARCHAR(100)             NOT NULL PRIMARY KEY,
    display_name     VARCHAR(200)             NOT NULL,
    password_hash    VARCHAR(100)             NOT NULL,
    enabled          BOOLEAN                  NOT NULL,
    demo             BOOLEAN                  NOT NULL,
    failed_attempts  INT                      NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A user may hold several roles (a team manager who also decides contacts): practitioner, manager, policy-lead, auditor.
CREATE TABLE app_user_role (
    username  VARCHAR(100) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    role      VARCHAR(20)  NOT NULL,
    PRIMARY KEY (username, role)
);
