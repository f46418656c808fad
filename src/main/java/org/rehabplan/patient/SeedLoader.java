package org.rehabplan.patient;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the demo patients of {@code seeds/} into an empty database, once. They belong to {@code rehabplan.seeds.owner},
 * by default the first admin (created just before, see AdminBootstrap), so whoever signs in first sees them.
 */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final PatientService patients;
    private final ObjectMapper mapper;
    private final String location;
    private final String owner;

    SeedLoader(PatientService patients, ObjectMapper mapper,
               @Value("${rehabplan.seeds.location:classpath:rehabplan/seeds/}") String location,
               @Value("${rehabplan.seeds.owner:${rehabplan.admin.username:admin}}") String owner) {
        this.patients = patients;
        this.mapper = mapper;
        this.location = location.endsWith("/") ? location : location + "/";
        this.owner = owner.strip().toLowerCase(java.util.Locale.ROOT); // usernames are stored in lower case
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!patients.isEmpty()) {
            return; // only an empty database gets the demo patients
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(location + "*.json");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                patients.create(mapper.readValue(in, PatientProfile.class), owner);
            } catch (InvalidProfileException e) {
                throw new IllegalStateException("Seed " + file.getFilename() + " is invalid: " + e.getMessage(), e);
            }
        }
        log.info("Loaded {} demo patients from {} for {}", files.length, location, owner);
    }
}
