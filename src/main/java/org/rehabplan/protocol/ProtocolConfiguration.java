package org.rehabplan.protocol;

import org.rehabplan.catalog.Catalog;
import org.rehabplan.catalog.CatalogProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** Loads every protocol beside the catalog (or from {@code rehabplan.catalog.protocols-location}) once at start-up. */
@Configuration
class ProtocolConfiguration {

    @Bean
    ProtocolRegistry protocolRegistry(CatalogProperties properties, Catalog catalog, ObjectMapper mapper) {
        ProtocolLoader loader = new ProtocolLoader(mapper);
        var protocols = loader.load(properties.location(), properties.protocolsLocation(), catalog);
        String defaultId = properties.protocol() != null ? properties.protocol()
                : protocols.keySet().stream().sorted().findFirst().orElseThrow();
        return new ProtocolRegistry(protocols, defaultId);
    }
}
