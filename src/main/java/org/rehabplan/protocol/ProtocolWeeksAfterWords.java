package org.rehabplan.protocol;

import java.util.Locale;
import java.util.Optional;
import org.rehabplan.base.WeeksAfterWords;
import org.springframework.stereotype.Component;

/** Weeks after the anchor event as the loaded protocol files word them ({@code texts.<language>.weeksAfterCount}). */
@Component
class ProtocolWeeksAfterWords implements WeeksAfterWords {

    private final ProtocolRegistry protocols;

    ProtocolWeeksAfterWords(ProtocolRegistry protocols) {
        this.protocols = protocols;
    }

    @Override
    public Optional<String> weeksAfter(String protocolId, int weeks, Locale locale) {
        return protocols.find(protocolId).map(p -> p.weeksAfter(weeks, locale));
    }
}
