package org.rehabplan.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The embedded database holds patient data: before it is opened, its folder ({@code rehabplan.data-dir}) is made
 * readable by the app's own OS user only (rwx------), and files already in it lose group and other access. Skipped
 * where the file system has no POSIX permissions or the database is not the embedded file one.
 */
public class PrivateDataDirectory implements EnvironmentPostProcessor {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:file:")) {
            return;
        }
        restrict(Path.of(environment.getProperty("rehabplan.data-dir", "./data")));
    }

    static void restrict(Path dir) {
        try {
            Files.createDirectories(dir);
            if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                return;
            }
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                    permissions.removeIf(p -> !p.name().startsWith("OWNER"));
                    Files.setPosixFilePermissions(file, permissions);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data folder " + dir + " private", e);
        }
    }
}
