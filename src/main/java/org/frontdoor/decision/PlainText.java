package org.frontdoor.decision;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person could have typed: any language, accents, emoji and right-to-left scripts are welcome, but not control
 * characters other than tab and line breaks (NUL cannot even be stored by PostgreSQL), lone surrogates (half an
 * emoji: not text at all) or Unicode non-characters. Null is allowed (use @NotBlank to require a value).
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
    String message() default "must be plain text: no control characters (other than tab and line breaks) and no broken or non-characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, String> {
        /** Null when the text is acceptable, else what is wrong with it (for hand-written validations). */
        public static String problem(String text) {
            if (text == null) {
                return null;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int cp = text.codePointAt(i);
                        if ((cp & 0xFFFE) == 0xFFFE) {
                            return "contains a Unicode non-character";
                        }
                        i++;
                        continue;
                    }
                    return "contains a broken character (a lone surrogate)";
                }
                if (Character.isLowSurrogate(c)) {
                    return "contains a broken character (a lone surrogate)";
                }
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0)) {
                    return "contains a control character (code " + (int) c + ")";
                }
                if ((c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF) {
                    return "contains a Unicode non-character";
                }
            }
            return null;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = problem(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
