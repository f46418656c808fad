package org.rehabplan.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** Loads and validates the catalog once at start-up; an invalid catalog stops the application. */
@Configuration
class CatalogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogConfiguration.class);

    @Bean
    Catalog catalog(CatalogProperties properties, ObjectMapper mapper) {
        Catalog catalog = new CatalogLoader(mapper).load(properties.location());
        warnAboutMissingTexts(catalog.missingTranslations());
        return catalog;
    }

    /** A patient would read English there: say so once per language, with every gap by file, exercise and field. */
    static void warnAboutMissingTexts(List<MissingTranslation> missing) {
        Map<String, List<MissingTranslation>> byLanguage = missing.stream()
                .collect(Collectors.groupingBy(MissingTranslation::language, TreeMap::new, Collectors.toList()));
        byLanguage.forEach((language, gaps) -> log.warn(
                "Exercise texts missing in '{}' ({} exercises): patients reading '{}' see the English there.\n  {}",
                language, gaps.stream().map(MissingTranslation::exerciseId).distinct().count(), language,
                gaps.stream().map(MissingTranslation::toString).collect(Collectors.joining("\n  "))));
    }
}
