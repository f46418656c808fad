package org.rehabplan.schedule;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.rehabplan.schedule.ScheduleTemplate.Medium;
import org.rehabplan.schedule.ScheduleTemplate.Page;
import org.rehabplan.schedule.ShareLinkService.Opened;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The patient's public share link: their schedule in large print with a print button and the PDF, nothing else of
 * the app. An unknown link answers 404, an expired or withdrawn one 410, each with a plain sentence saying which.
 */
@Controller
class ShareController {

    private final ShareLinkService shares;
    private final ScheduleService schedules;
    private final ZoneId zone;

    ShareController(ShareLinkService shares, ScheduleService schedules,
                    @Value("${rehabplan.share.time-zone:#{null}}") String zone) {
        this.shares = shares;
        this.schedules = schedules;
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    static String pageUrl(String token) {
        return "/share/" + token;
    }

    @GetMapping("/share/{token}")
    ResponseEntity<String> page(@PathVariable String token, HttpServletRequest request) {
        String base = request.getContextPath();
        Opened opened = shares.open(token);
        if (opened instanceof Opened.Active active) {
            Page page = new Page(Medium.BROWSER, base, base + pageUrl(token) + ".pdf", false);
            return SchedulePages.html(HttpStatus.OK, schedules.html(active.plan(), page));
        }
        return unavailable(opened, base);
    }

    @GetMapping("/share/{token}.pdf")
    ResponseEntity<?> pdf(@PathVariable String token, HttpServletRequest request) {
        Opened opened = shares.open(token);
        if (opened instanceof Opened.Active active) {
            return SchedulePages.pdf(schedules.pdf(active.plan()), "exercise-schedule.pdf");
        }
        return unavailable(opened, request.getContextPath());
    }

    private ResponseEntity<String> unavailable(Opened opened, String base) {
        PatientTexts texts = schedules.texts();
        Page page = new Page(Medium.BROWSER, base, null, false);
        return switch (opened) {
            case Opened.Expired expired -> SchedulePages.html(HttpStatus.GONE, schedules.message(
                    texts.linkExpiredHeading(), List.of(texts.linkExpired().replace("{date}", date(expired.at()))), page));
            case Opened.Revoked revoked -> SchedulePages.html(HttpStatus.GONE, schedules.message(
                    texts.linkRevokedHeading(), List.of(texts.linkRevoked().replace("{date}", date(revoked.at()))),
                    page));
            default -> SchedulePages.html(HttpStatus.NOT_FOUND, schedules.message(
                    texts.linkUnknownHeading(), List.of(texts.linkUnknown()), page));
        };
    }

    private String date(Instant at) {
        return ScheduleDates.longDate(at.atZone(zone).toLocalDate());
    }
}
