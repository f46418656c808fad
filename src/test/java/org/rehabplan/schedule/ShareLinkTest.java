package org.rehabplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabplan.patient.Patient;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.schedule.ShareLinkService.CreatedLink;
import org.rehabplan.schedule.ShareLinkService.Opened;
import org.rehabplan.schedule.ShareLinkService.State;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Share links: what a patient without an account can open, for how long, and what they never see. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "therapist", roles = "THERAPIST")
class ShareLinkTest {

    @Autowired
    org.rehabplan.audit.AuditLog audit;

    @Autowired
    MockMvc mvc;
    @Autowired
    PatientService patients;
    @Autowired
    PlanVersionService versions;
    @Autowired
    ShareLinkService shares;
    @Autowired
    ShareLinkRepository repository;
    @Autowired
    ScheduleService schedules;
    @Autowired
    org.rehabplan.adherence.AdherenceService adherence;

    private record Saved(Patient patient, PlanVersion version) {
    }

    private Saved savedPlan(String name, boolean feasible) {
        PatientProfile profile = SyntheticPlans.profile(name, 2, 2);
        PlanResult plan = SyntheticPlans.plan(profile, 2);
        if (!feasible) {
            plan = new PlanResult(plan.patientRef(), plan.planStart(), false, "-3hard/0medium/0soft", plan.protocol(),
                    plan.weeks(), List.of(), List.of(), List.of(org.rehabplan.base.Reason.of("CONFLICT_SAFE_COUNT", 1, null, "safe", 0, "total", 90)));
        }
        Patient patient = patients.create(profile, "therapist");
        return new Saved(patient, versions.save(patient.getId(), profile, plan, List.of(), "therapist", null, null));
    }

    private CreatedLink link(Saved saved) {
        return shares.create(saved.patient().getId(), saved.version().getId());
    }

    @Test
    void theTokenIsRandom256BitsAndOnlyItsHashIsStored() {
        Saved saved = savedPlan("Token patient", true);
        CreatedLink first = link(saved);
        CreatedLink second = link(saved);

        assertThat(Base64.getUrlDecoder().decode(first.token())).hasSizeGreaterThanOrEqualTo(16).hasSize(32);
        assertThat(first.token()).isNotEqualTo(second.token());
        // the stored value is the SHA-256 of the token, never the token itself
        assertThat(repository.findByTokenHash(first.token())).isEmpty();
        assertThat(repository.findByTokenHash(ShareLinkService.hash(first.token()))).get()
                .extracting(ShareLink::getId).isEqualTo(first.link().id());
    }

    @Test
    void creatingAndRevokingALinkIsRecordedInTheAuditLogWithoutTheToken() {
        Saved saved = savedPlan("Audited Patient", true);
        CreatedLink created = link(saved);
        shares.revoke(saved.patient().getId(), created.link().id());

        assertThat(audit.about("SHARE_LINK", created.link().id()))
                .extracting(org.rehabplan.audit.AuditEvent::getAction)
                .containsExactlyInAnyOrder("SHARE_LINK_CREATED", "SHARE_LINK_REVOKED");
        assertThat(audit.about("SHARE_LINK", created.link().id()))
                .allSatisfy(e -> assertThat(String.valueOf(e.getDetail())).doesNotContain(created.token()));
    }

    @Test
    void aPatientOpensOnlyTheirOwnScheduleAndItsPdfWithoutSigningIn() throws Exception {
        Saved rose = savedPlan("Rose Patient", true);
        Saved other = savedPlan("Other Patient", true);
        CreatedLink roseLink = link(rose);
        link(other);

        String page = mvc.perform(get("/share/" + roseLink.token() + "/booklet").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rose Patient").contains("Week 2 of 2").doesNotContain("Other Patient")
                .contains("onclick=\"window.print()\"").contains("/share/" + roseLink.token() + ".pdf")
                // nothing of the app or the therapist's records: no clinical notes, no score, no app frame
                .doesNotContain(SyntheticPlans.CLINICAL_NOTE).doesNotContain("0hard").doesNotContain("vaadin");
        byte[] pdf = mvc.perform(get("/share/" + roseLink.token() + ".pdf").with(anonymous()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ScheduleDocumentTest.pdfText(pdf)).contains("Rose Patient").doesNotContain("Other Patient");
    }

    @Test
    void aLinkExpiresAfterTheConfiguredNinetyDaysAndThenSaysOnWhichDay() throws Exception {
        Saved saved = savedPlan("Expiring Patient", true);
        CreatedLink created = link(saved);
        assertThat(Duration.between(created.link().createdAt(), created.link().expiresAt())).isEqualTo(Duration.ofDays(90));

        ShareLinkService in89Days = later(Duration.ofDays(89));
        ShareLinkService in91Days = later(Duration.ofDays(91));
        assertThat(in89Days.open(created.token())).isInstanceOf(Opened.Active.class);
        assertThat(in91Days.open(created.token())).isInstanceOf(Opened.Expired.class);
        assertThat(in91Days.links(saved.patient().getId())).first().extracting(ShareLinkService.LinkSummary::state)
                .isEqualTo(State.EXPIRED);

        var response = new ShareController(in91Days, schedules, adherence, new ShareRateLimiter(100, 100,
                Duration.ofMinutes(1)), "UTC", "").page(created.token(), null, null, new MockHttpServletRequest());
        String expiredOn = schedules.words("en").longDate(created.link().expiresAt().atZone(ZoneOffset.UTC).toLocalDate());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(response.getBody()).contains("This link expired on " + expiredOn + ". Ask your physiotherapist")
                .doesNotContain("Expiring Patient");
    }

    @Test
    void aRevokedLinkSaysItWasWithdrawnAndShowsNothing() throws Exception {
        Saved saved = savedPlan("Revoked Patient", true);
        CreatedLink created = link(saved);

        var revoked = shares.revoke(saved.patient().getId(), created.link().id());

        assertThat(revoked.state()).isEqualTo(State.REVOKED);
        String page = mvc.perform(get("/share/" + created.token()).with(anonymous()))
                .andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This link was withdrawn by your physiotherapist on")
                .doesNotContain("Revoked Patient");
        mvc.perform(get("/share/" + created.token() + ".pdf").with(anonymous())).andExpect(status().isGone());
    }

    @Test
    void aWrongOrMangledTokenSaysTheLinkDoesNotWork() throws Exception {
        Saved saved = savedPlan("Wrong token patient", true);
        String token = link(saved).token();
        String wrong = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        for (String attempt : List.of(wrong, token.substring(1), "nothing-like-a-token")) {
            String page = mvc.perform(get("/share/" + attempt).with(anonymous()))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("This link does not work").doesNotContain("Wrong token patient");
        }
    }

    @Test
    void linksAreMadeListedAndRevokedOnlyThroughThePatientTheVersionBelongsTo() {
        Saved mine = savedPlan("Link owner", true);
        Saved other = savedPlan("Not the owner", true);
        CreatedLink created = link(mine);

        assertThatThrownBy(() -> shares.create(other.patient().getId(), mine.version().getId()))
                .isInstanceOf(ShareLinkService.NotFoundException.class);
        assertThatThrownBy(() -> shares.revoke(other.patient().getId(), created.link().id()))
                .isInstanceOf(ShareLinkService.NotFoundException.class);
        assertThat(shares.links(other.patient().getId())).isEmpty();
        assertThat(shares.links(mine.patient().getId())).extracting(ShareLinkService.LinkSummary::id)
                .containsExactly(created.link().id());
        assertThat(shares.open(created.token())).isInstanceOf(Opened.Active.class);
    }

    @Test
    void noLinkIsMadeForAPlanWithNoSafeSchedule() {
        Saved infeasible = savedPlan("Nothing safe", false);

        assertThatThrownBy(() -> shares.create(infeasible.patient().getId(), infeasible.version().getId()))
                .isInstanceOf(ScheduleService.NoSafeScheduleException.class);
        assertThat(shares.links(infeasible.patient().getId())).isEmpty();
    }

    private ShareLinkService later(Duration by) {
        return new ShareLinkService(repository, schedules, patients, versions, audit, Duration.ofDays(90),
                Clock.offset(Clock.systemUTC(), by));
    }
}
