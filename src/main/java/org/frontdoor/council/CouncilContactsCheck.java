package org.frontdoor.council;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once at start: one WARN naming the contact details that are unset or still the invented sample values, so a council
 * does not go live telling partners to ring a drama-range number. It names settings only, never a person or a case.
 */
@Component
class CouncilContactsCheck {
    private static final Logger log = LoggerFactory.getLogger(CouncilContactsCheck.class);
    private final CouncilContacts contacts;

    CouncilContactsCheck(CouncilContacts contacts) {
        this.contacts = contacts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnOnce() {
        List<String> problems = contacts.unsetOrSample();
        if (!problems.isEmpty()) {
            log.warn("Council contact details shown to partners need setting before real use: {}", String.join("; ", problems));
        }
    }
}
