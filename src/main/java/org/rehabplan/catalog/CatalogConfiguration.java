package org.rehabplan.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** Loads and validates the catalog once at start-up; an invalid catalog stops the application. */
@Configuration
class CatalogConfiguration {

    @Bean
    Catalog catalog(CatalogProperties properties, ObjectMapper mapper) {
        return new CatalogLoader(mapper).load(properties.location());
    }
}
