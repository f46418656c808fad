package org.rehabplan.patient;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.rehabplan.base.StartupLock;
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
 * Loads the demo patients of {@code seeds/} into an empty database, once, when {@code rehabplan.seeds.enabled}
 * (default on; off in the postgres profile). They belong to {@code rehabplan.seeds.owner},
 * by default the first admin (created just before, see AdminBootstrap), so whoever signs in first sees them.
 */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final PatientService patients;
    private final ObjectMapper mapper;
    private final String location;
    private final String owner;
    private final boolean enabled;
    private final StartupLock lock;

    SeedLoader(PatientService patients, ObjectMapper mapper,
               @Value("${rehabplan.seeds.location:classpath:rehabplan/seeds/}") String location,
               @Value("${rehabplan.seeds.owner:${rehabplan.admin.username:admin}}") String owner,
               @Value("${rehabplan.seeds.enabled:true}") boolean enabled, StartupLock lock) {
        this.patients = patients;
        this.enabled = enabled;
        this.lock = lock;
        this.mapper = mapper;
        this.location = location.endsWith("/") ? location : location + "/";
        this.owner = owner.strip().toLowerCase(java.util.Locale.ROOT); // usernames are stored in lower case
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return; // production databases (postgres profile) never get demo patients
        }
        // once per database: a second instance starting now waits and then finds the patients
        lock.run(() -> {
            if (patients.isEmpty()) { // only an empty database gets the demo patients
                load();
            }
        });
    }

    private void load() {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources(location + "*.json");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        load(files);
    }

    private void load(Resource[] files) {
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                patients.create(mapper.readValue(in, PatientProfile.class), owner);
            } catch (InvalidProfileException e) {
                throw new IllegalStateException("Seed " + file.getFilename() + " is invalid: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot read seed " + file.getFilename(), e);
            }
        }
        log.info("Loaded {} demo patients from {} for {}", files.length, location, owner);
    }
}
