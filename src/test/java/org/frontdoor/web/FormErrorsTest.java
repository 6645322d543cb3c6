package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The API names fields one way and the forms give them ids another; the error summary links must land on the field. */
class FormErrorsTest {

    @Test
    void apiFieldNamesBecomeTheFormsFieldIds() {
        assertThat(FormErrors.fieldId("children[1].ageYears")).isEqualTo("children-1-ageYears");
        assertThat(FormErrors.fieldId("consent.status")).isEqualTo("consent-status");
        assertThat(FormErrors.fieldId("concerns[3]")).isEqualTo("concerns");
        assertThat(FormErrors.fieldId("concerns[0].<list element>")).isEqualTo("concerns");
        assertThat(FormErrors.fieldId("openCase")).isEqualTo("openCase");
    }

    @Test
    void problemsAreListedInPageOrderWithTheFormsWords() {
        FormErrors errors = FormErrors.none()
                .addApi("history.contactsLast12Months", "must be a whole number, like 7")
                .addApi("children[1].ageYears", "give exactly one of ageYears (0-17) or unbornWeeks (4-42) for each child")
                .addApi("referrer.type", "must not be blank");
        assertThat(errors.all()).extracting(FormErrors.Problem::fieldId)
                .containsExactly("referrer-type", "children-1-ageYears", "history-contactsLast12Months");
        assertThat(errors.message("children-1-ageYears")).startsWith("Child 2 age: ");
        assertThat(errors.message("referrer-type")).isEqualTo("Referrer type: must not be blank");
    }
}
