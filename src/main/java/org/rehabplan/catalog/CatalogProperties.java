package org.rehabplan.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the catalog lives: a folder holding {@code *.json} exercise files, {@code schema/} and {@code protocols/}.
 * Any Spring resource location works, e.g. {@code file:/etc/rehabplan/exercises/}. {@code protocol} is the id of the
 * protocol a patient gets when the profile names none (set in application.yaml; unset: the first id in alphabetical
 * order; every file in the protocols folder is available);
 * {@code protocolsLocation} reads the protocols from another folder (default: {@code protocols/} of the catalog).
 */
@ConfigurationProperties("rehabplan.catalog")
public record CatalogProperties(
        @DefaultValue("classpath:rehabplan/exercises/") String location,
        String protocol,
        String protocolsLocation) {
}
