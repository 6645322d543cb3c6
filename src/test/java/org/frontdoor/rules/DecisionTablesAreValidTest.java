package org.frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

/** The models in rules/ pass the DMN schema, semantic checks and decision-table analysis with no errors. */
class DecisionTablesAreValidTest {

    @Test
    void modelsInRulesFolderHaveNoValidationErrors() {
        File[] files = new File("rules").listFiles((d, n) -> n.endsWith(".dmn"));
        assertThat(files).isNotEmpty();
        DMNValidator validator = DMNValidatorFactory.newValidator();
        List<DMNMessage> messages = validator.validateUsing(DMNValidator.Validation.VALIDATE_SCHEMA,
                DMNValidator.Validation.VALIDATE_MODEL, DMNValidator.Validation.ANALYZE_DECISION_TABLE).theseModels(files);
        assertThat(messages).filteredOn(m -> m.getSeverity() == DMNMessage.Severity.ERROR)
                .as("DMN validation errors").extracting(DMNMessage::getText).isEmpty();
        validator.dispose();
    }
}
