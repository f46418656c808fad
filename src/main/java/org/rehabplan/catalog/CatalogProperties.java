package org.rehabplan.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the catalog lives: a folder holding {@code *.json} exercise files, {@code schema/} and {@code protocols/}.
 * Any Spring resource location works, e.g. {@code file:/etc/rehabplan/exercises/}.
 */
@ConfigurationProperties("rehabplan.catalog")
public record CatalogProperties(
        @DefaultValue("classpath:rehabplan/exercises/") String location,
        @DefaultValue("kyphoplasty") String protocol) {
}
