package org.rehabplan.schedule;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.schedule.ScheduleTemplate.Medium;
import org.rehabplan.schedule.ScheduleTemplate.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The therapist's print page and PDF of a saved plan version (signed in; owner-checked through the patient).
 * {@code ?print} opens the browser's print dialog on load, so "Print" in the app is one click from the dialog.
 */
@Controller
class ScheduleController {

    private final ScheduleService schedules;
    private final ShareLinkService shares;
    private final String configuredBase;

    ScheduleController(ScheduleService schedules, ShareLinkService shares,
                       @Value("${rehabplan.share.base-url:}") String configuredBase) {
        this.schedules = schedules;
        this.shares = shares;
        this.configuredBase = configuredBase;
    }

    /**
     * Each printed handout carries its own share link (following the patient's latest plan) for the cover's QR code:
     * only a token's hash is stored, so an earlier link's address can't be printed again. It is listed and revocable
     * with the patient's other links.
     */
    private String handoutLink(long patientId, long versionId, HttpServletRequest request) {
        return ShareController.absoluteUrl(configuredBase, request,
                shares.create(patientId, versionId, false).token());
    }

    /** The app's links to a version's print page and PDF. */
    static String pageUrl(long patientId, long versionId) {
        return "/" + ScheduleService.pagePath(patientId, versionId);
    }

    @GetMapping("/schedule/{patientId}/{versionId}")
    ResponseEntity<String> page(@PathVariable long patientId, @PathVariable long versionId,
                                @RequestParam(name = "print", required = false) String print,
                                HttpServletRequest request) {
        String base = request.getContextPath();
        Optional<SavedPlan> saved = schedules.savedPlan(patientId, versionId);
        Optional<ResponseEntity<String>> refused = refusal(saved, base);
        if (refused.isPresent()) {
            return refused.get();
        }
        Page page = new Page(Medium.BROWSER, base, base + pageUrl(patientId, versionId) + ".pdf", print != null,
                handoutLink(patientId, versionId, request));
        return SchedulePages.html(HttpStatus.OK, schedules.html(saved.get(), page));
    }

    @GetMapping("/schedule/{patientId}/{versionId}.pdf")
    ResponseEntity<?> pdf(@PathVariable long patientId, @PathVariable long versionId, HttpServletRequest request) {
        String base = request.getContextPath();
        Optional<SavedPlan> saved = schedules.savedPlan(patientId, versionId);
        Optional<ResponseEntity<String>> refused = refusal(saved, base);
        if (refused.isPresent()) {
            return refused.get();
        }
        return SchedulePages.pdf(schedules.pdf(saved.get(),
                Page.pdf().withPhoneUrl(handoutLink(patientId, versionId, request))), filename(saved.get()));
    }

    static String filename(SavedPlan saved) {
        // patientRef is limited to [A-Za-z0-9._-] by validation: safe in a file name
        return "exercise-schedule-" + saved.profile().patientRef() + "-v" + saved.version().getVersionNumber() + ".pdf";
    }

    private ResponseEntity<String> notFound(String base) {
        PatientWords words = schedules.words();
        return SchedulePages.html(HttpStatus.NOT_FOUND, schedules.message(words.text("planNotFoundHeading"),
                List.of(words.text("planNotFound")), new Page(Medium.BROWSER, base, null, false), words));
    }

    /** 404 for a version that is not the therapist's, 409 for one with no safe schedule; empty when it can be shown. */
    private Optional<ResponseEntity<String>> refusal(Optional<SavedPlan> saved, String base) {
        if (saved.isEmpty()) {
            return Optional.of(notFound(base));
        }
        if (!ScheduleService.printable(saved.get())) {
            return Optional.of(SchedulePages.html(HttpStatus.CONFLICT,
                    schedules.noSafePlan(saved.get(), new Page(Medium.BROWSER, base, null, false))));
        }
        return Optional.empty();
    }
}
