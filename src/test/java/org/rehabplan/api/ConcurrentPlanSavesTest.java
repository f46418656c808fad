package org.rehabplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import tools.jackson.databind.ObjectMapper;

/** Plans saved for one patient at the same moment all become versions (1, 2, …): no 500, no finished solve lost. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = ConcurrentPlanSavesTest.USER, roles = "THERAPIST")
class ConcurrentPlanSavesTest {

    static final String USER = "therapist"; // the API tests' user: the test context holder is shared between test classes

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    PlanVersionService plans;

    private long patient() throws Exception {
        String profile = Files.readString(Path.of("seeds", "02-high-fall-risk-no-floor.json"));
        return mapper.readTree(mvc.perform(post("/api/patients")
                .contentType(MediaType.APPLICATION_JSON).content(profile)).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
    }

    private List<Integer> versionNumbers(long patient) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        mapper.readTree(mvc.perform(get("/api/patients/" + patient + "/plans"))
                .andReturn().getResponse().getContentAsString()).forEach(v -> numbers.add(v.get("versionNumber").asInt()));
        return numbers;
    }

    @Test
    void savesRacingForTheSameVersionNumberAreNumberedOneAfterAnother() throws Exception {
        long patient = patient();
        mvc.perform(asyncDispatch(mvc.perform(post("/api/patients/" + patient + "/plans")
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn())); // the solve answers async
        var owner = UsernamePasswordAuthenticationToken.authenticated(USER, null,
                List.of(new SimpleGrantedAuthority("ROLE_THERAPIST")));
        int saves = 6;
        CountDownLatch ready = new CountDownLatch(saves);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(saves);
        List<Future<Integer>> saved = new ArrayList<>();
        for (int i = 0; i < saves; i++) {
            saved.add(pool.submit(() -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(owner);
                SecurityContextHolder.setContext(context);
                try {
                    SavedPlan first = plans.latest(patient).orElseThrow();
                    ready.countDown();
                    go.await();
                    return plans.save(patient, first.profile(), first.plan(), first.pins(), USER, null, null)
                            .getVersionNumber();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        ready.await();
        go.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> f : saved) {
            numbers.add(f.get());
        }
        pool.shutdown();
        assertThat(numbers).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7);
    }
}
