package org.rehabplan.base;

import java.util.Locale;
import java.util.Optional;

/**
 * A number of weeks counted from a protocol's anchor event, in the protocol's own words and the reader's language
 * ("1 week after the procedure", "12 semanas después de la fractura"): what a reason's "until" and "from" show.
 */
public interface WeeksAfterWords {

    /** The words, or empty when no protocol has that id (any more). */
    Optional<String> weeksAfter(String protocolId, int weeks, Locale locale);
}
