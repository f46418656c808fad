package org.rehabplan.catalog.picture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rehabplan.catalog.CatalogProblem;
import org.rehabplan.catalog.InvalidCatalogException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Every exercise's picture, read once at start-up from {@code <exercise-id>.pose.json} files (in
 * {@code frontend/images/exercises/} by default, {@code rehabplan.pictures.location} otherwise) and drawn as SVG.
 */
@Component
public class ExercisePictures {

    static final String SUFFIX = ".pose.json";

    private final Map<String, PoseFile> poses;

    @Autowired
    ExercisePictures(ObjectMapper mapper,
                     @Value("${rehabplan.pictures.location:classpath:META-INF/resources/images/exercises/}")
                     String location) {
        this.poses = load(mapper, location);
    }

    ExercisePictures(Map<String, PoseFile> poses) {
        this.poses = Map.copyOf(poses);
    }

    /** The picture of an exercise (start, arrow, end) as an inline SVG element; {@code label} names it for readers. */
    public Optional<String> svg(String exerciseId, String label) {
        PoseFile pose = poses.get(exerciseId);
        return pose == null ? Optional.empty() : Optional.of(PictureSvg.render(pose, label));
    }

    public boolean has(String exerciseId) {
        return poses.containsKey(exerciseId);
    }

    java.util.Set<String> ids() {
        return poses.keySet();
    }

    private static Map<String, PoseFile> load(ObjectMapper mapper, String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        String pattern = folder.startsWith("classpath:") ? "classpath*:" + folder.substring("classpath:".length())
                : folder;
        Map<String, PoseFile> loaded = new TreeMap<>();
        List<CatalogProblem> problems = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern + "*" + SUFFIX)) {
                String name = resource.getFilename();
                String id = name.substring(0, name.length() - SUFFIX.length());
                try (InputStream in = resource.getInputStream()) {
                    PoseFile pose = mapper.readValue(in, PoseFile.class);
                    if (pose.start() == null || pose.end() == null) {
                        problems.add(new CatalogProblem(name, null, pose.start() == null ? "start" : "end",
                                "a picture needs both a start and an end position"));
                    } else {
                        loaded.put(id, pose);
                    }
                } catch (RuntimeException e) {
                    problems.add(new CatalogProblem(name, null, null, "not a valid pose file: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read exercise pictures from " + location, e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
        return loaded;
    }
}
