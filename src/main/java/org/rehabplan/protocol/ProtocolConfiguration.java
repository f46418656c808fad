package org.rehabplan.protocol;

import java.util.Map;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogProblem;
import org.rehabplan.catalog.CatalogProperties;
import org.rehabplan.catalog.InvalidCatalogException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** Loads the protocols beside the catalog and picks the one this installation plans with. */
@Configuration
class ProtocolConfiguration {

    @Bean
    Protocol protocol(CatalogProperties properties, Catalog catalog, ObjectMapper mapper) {
        Map<String, Protocol> protocols = new ProtocolLoader(mapper).load(properties.location(), catalog);
        Protocol protocol = protocols.get(properties.protocol());
        if (protocol == null) {
            throw new InvalidCatalogException(java.util.List.of(new CatalogProblem("rehabplan.catalog.protocol", null,
                    null, "no protocol with id '" + properties.protocol() + "'; found " + protocols.keySet())));
        }
        return protocol;
    }
}
