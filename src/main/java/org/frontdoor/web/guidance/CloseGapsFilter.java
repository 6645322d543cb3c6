package org.frontdoor.web.guidance;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the gaps a stop filter leaves, so "baby with a bruise" reaches the synonym filter as "baby bruise" and a
 * synonym written "living with a friend" is read as "living friend". Only for linear token streams (queries and
 * synonym entries), never for a graph.
 */
final class CloseGapsFilter extends TokenFilter {
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    CloseGapsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (position.getPositionIncrement() > 1) {
            position.setPositionIncrement(1);
        }
        return true;
    }
}
