package org.frontdoor.referral;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets every page and API address name a referral by its reference as well as its id. */
@Component
class ReferralRefConverter implements Converter<String, ReferralRef> {
    static {
        // the API documents the address part as what it is typed as: a string (an id or a reference)
        org.springdoc.core.utils.SpringDocUtils.getConfig().replaceWithClass(ReferralRef.class, String.class);
    }

    private final JdbcClient jdbc;

    ReferralRefConverter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReferralRef convert(String text) {
        String key = ChildNames.isReference(text) ? text.strip().toUpperCase(Locale.ROOT) : text;
        return jdbc.sql("SELECT id, reference FROM referral WHERE " + (ChildNames.isReference(text) ? "reference" : "id") + " = ?")
                .param(key).query((rs, n) -> new ReferralRef(rs.getString("id"), rs.getString("reference"))).optional()
                .orElse(new ReferralRef(key, null));
    }
}
