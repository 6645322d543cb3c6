package org.frontdoor.web;

import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What was typed into a form, to show it again beside its problems. */
public final class LinkedMultiValue {
    private final MultiValueMap<String, String> values;

    LinkedMultiValue() {
        this(new LinkedMultiValueMap<>());
    }

    LinkedMultiValue(MultiValueMap<String, String> values) {
        this.values = values;
    }

    public boolean any() {
        return !values.isEmpty();
    }

    public String value(String name) {
        String v = values.getFirst(name);
        return v == null ? "" : v;
    }

    public boolean has(String name, String value) {
        List<String> vs = values.get(name);
        return vs != null && vs.contains(value);
    }
}
