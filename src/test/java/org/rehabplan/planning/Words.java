package org.rehabplan.planning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rehabplan.base.Reason;
import org.rehabplan.base.ReasonText;
import org.rehabplan.base.i18n.MessagesConfiguration;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogLoader;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's own bundles, a catalog and the protocol files (and the fixtures' test protocol), to read reasons as a
 * therapist would in tests without a Spring context.
 */
public final class Words {

    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Map<String, Protocol> protocols;

    private Words() {
    }

    public static ReasonText over(Catalog catalog) {
        Map<String, Protocol> byId = protocols();
        return new ReasonText(MessagesConfiguration.create(),
                (id, locale, fallback) -> catalog.name(id, locale.getLanguage(), fallback),
                (protocolId, weeks, locale) -> Optional.ofNullable(protocolId == null ? null : byId.get(protocolId))
                        .map(p -> p.weeksAfter(weeks, locale)));
    }

    public static List<String> english(Catalog catalog, List<Reason> reasons) {
        return over(catalog).render(reasons, Locale.ENGLISH);
    }

    /** The protocol files as the app loads them (checked against the whole catalog, whatever catalog a test uses). */
    private static synchronized Map<String, Protocol> protocols() {
        if (protocols == null) {
            JsonMapper json = JsonMapper.builder().findAndAddModules().build();
            Map<String, Protocol> loaded = new java.util.HashMap<>(
                    new ProtocolLoader(json).load("file:exercises/", new CatalogLoader(json).load("file:exercises/")));
            loaded.put(Fixtures.PROTOCOL.id(), Fixtures.PROTOCOL);
            protocols = Map.copyOf(loaded);
        }
        return protocols;
    }
}
