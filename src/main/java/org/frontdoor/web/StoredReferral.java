package org.frontdoor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.decision.Assessment;
import org.frontdoor.decision.Contact;
import org.frontdoor.referral.RecordedReferral;
import org.springframework.stereotype.Component;

/** Reads a recorded referral's stored contact and recommendation (kept as JSON, byte for byte) back into the API's records. */
@Component
class StoredReferral {
    private final ObjectMapper json;

    StoredReferral(ObjectMapper json) {
        // the recommendation was written by an earlier version perhaps: read what is known, ignore what is not
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    Assessment assessment(RecordedReferral referral) {
        return read(referral.recommendation(), Assessment.class);
    }

    Contact contact(RecordedReferral referral) {
        return read(referral.contact(), Contact.class);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored referral is not readable as " + type.getSimpleName(), e);
        }
    }
}
