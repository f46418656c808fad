package org.rehabplan.schedule;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.rehabplan.adherence.AdherenceService;
import org.rehabplan.adherence.InvalidReportException;
import org.rehabplan.schedule.ScheduleTemplate.Medium;
import org.rehabplan.schedule.ScheduleTemplate.Page;
import org.rehabplan.schedule.ShareLinkService.Opened;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patient's public share link. {@code /share/{token}}: the phone page (today's session, Done buttons, effort and
 * pain, the week ahead); {@code /booklet} and {@code .pdf}: the whole handout. An unknown link answers 404, an expired
 * or withdrawn one 410, each with a plain sentence saying which; too many requests 429.
 */
@Controller
class ShareController {

    private final ShareLinkService shares;
    private final ScheduleService schedules;
    private final AdherenceService adherence;
    private final ShareRateLimiter limiter;
    private final PhonePage phone;
    private final ZoneId zone;
    private final String configuredBase;

    ShareController(ShareLinkService shares, ScheduleService schedules, AdherenceService adherence,
                    ShareRateLimiter limiter, @Value("${rehabplan.share.time-zone:#{null}}") String zone,
                    @Value("${rehabplan.share.base-url:}") String configuredBase) {
        this.shares = shares;
        this.schedules = schedules;
        this.adherence = adherence;
        this.limiter = limiter;
        this.phone = new PhonePage(schedules.template());
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        this.configuredBase = configuredBase;
    }

    static String pageUrl(String token) {
        return "/share/" + token;
    }

    /** The absolute address of a link's phone page: {@code rehabplan.share.base-url} behind a proxy, else ours. */
    static String absoluteUrl(String configuredBase, HttpServletRequest request, String token) {
        String base = configuredBase != null && !configuredBase.isBlank() ? configuredBase.replaceAll("/+$", "")
                : request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request) ? "" : ":" + request.getServerPort()) + request.getContextPath();
        return base + pageUrl(token);
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        int port = request.getServerPort();
        return ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
    }

    @GetMapping("/share/{token}")
    ResponseEntity<String> page(@PathVariable String token, @RequestParam(required = false) String date,
                                @RequestParam(required = false) String saved, HttpServletRequest request) {
        if (!limiter.allowRead(request.getRemoteAddr())) {
            return tooMany(request);
        }
        Opened opened = shares.open(token);
        if (opened instanceof Opened.Active active) {
            return SchedulePages.phone(HttpStatus.OK, phonePage(token, active, parse(date), saved != null, null,
                    request));
        }
        return unavailable(opened, request.getContextPath());
    }

    @PostMapping("/share/{token}/done")
    ResponseEntity<String> done(@PathVariable String token, @RequestParam String date,
                                @RequestParam(required = false) String exercise,
                                @RequestParam(required = false) String effort,
                                @RequestParam(required = false) String pain, HttpServletRequest request) {
        if (!limiter.allowWrite(token + "|" + request.getRemoteAddr())) {
            return tooMany(request);
        }
        Opened opened = shares.open(token);
        if (!(opened instanceof Opened.Active active)) {
            return unavailable(opened, request.getContextPath());
        }
        LocalDate day = parse(date);
        try {
            if (day == null) {
                throw new InvalidReportException(schedules.words(active.plan()).text("reportNoDate"));
            }
            PatientWords words = schedules.words(active.plan());
            adherence.record(active.linkId(), active.plan(), day,
                    exercise == null || exercise.isBlank() ? null : exercise, score(effort, words), score(pain, words));
        } catch (InvalidReportException e) {
            return SchedulePages.phone(HttpStatus.BAD_REQUEST, phonePage(token, active, day, false,
                    e.getMessage(), request));
        }
        // post/redirect/get: a refresh does not report twice
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath()
                + pageUrl(token) + "?date=" + day + "&saved#session")).build();
    }

    @GetMapping("/share/{token}/booklet")
    ResponseEntity<String> booklet(@PathVariable String token, HttpServletRequest request) {
        if (!limiter.allowRead(request.getRemoteAddr())) {
            return tooMany(request);
        }
        String base = request.getContextPath();
        Opened opened = shares.open(token);
        if (opened instanceof Opened.Active active) {
            Page page = new Page(Medium.BROWSER, base, base + pageUrl(token) + ".pdf", false,
                    absoluteUrl(configuredBase, request, token));
            return SchedulePages.html(HttpStatus.OK, schedules.html(active.plan(), page));
        }
        return unavailable(opened, base);
    }

    @GetMapping("/share/{token}.pdf")
    ResponseEntity<?> pdf(@PathVariable String token, HttpServletRequest request) {
        if (!limiter.allowRead(request.getRemoteAddr())) {
            return tooMany(request);
        }
        Opened opened = shares.open(token);
        if (opened instanceof Opened.Active active) {
            return SchedulePages.pdf(schedules.pdf(active.plan(),
                    Page.pdf().withPhoneUrl(absoluteUrl(configuredBase, request, token))), "exercise-schedule.pdf");
        }
        return unavailable(opened, request.getContextPath());
    }

    private String phonePage(String token, Opened.Active active, LocalDate chosen, boolean saved, String error,
                             HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        long patientId = active.plan().version().getPatientId();
        return phone.render(new PhonePage.View(request.getContextPath(), token, active.plan(),
                schedules.contacts(active.plan()), LocalDate.now(zone), chosen,
                day -> adherence.report(patientId, day), saved, error,
                csrf == null ? null : new PhonePage.Csrf(csrf.getParameterName(), csrf.getToken())));
    }

    private static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Empty means "not answered"; anything else must be a whole number (the range is checked when recording). */
    private Integer score(String value, PatientWords words) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidReportException(words.text("phoneBadInput"));
        }
    }

    private ResponseEntity<String> tooMany(HttpServletRequest request) {
        // before the link is looked up (that is what the limit protects): the patient's language is not known yet
        PatientWords texts = schedules.words();
        String body = schedules.message(texts.text("phoneTitle"), List.of(texts.text("phoneTooMany")),
                new Page(Medium.BROWSER, request.getContextPath(), null, false), texts);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .headers(SchedulePages.html(HttpStatus.TOO_MANY_REQUESTS, body).getHeaders())
                .header("Retry-After", String.valueOf(limiter.retryAfterSeconds()))
                .body(body);
    }

    private ResponseEntity<String> unavailable(Opened opened, String base) {
        Page page = new Page(Medium.BROWSER, base, null, false);
        return switch (opened) {
            case Opened.Expired expired -> {
                PatientWords texts = schedules.words(expired.language());
                yield SchedulePages.html(HttpStatus.GONE, schedules.message(texts.text("linkExpiredHeading"),
                        List.of(texts.text("linkExpired", "date", date(expired.at(), texts))), page, texts));
            }
            case Opened.Revoked revoked -> {
                PatientWords texts = schedules.words(revoked.language());
                yield SchedulePages.html(HttpStatus.GONE, schedules.message(texts.text("linkRevokedHeading"),
                        List.of(texts.text("linkRevoked", "date", date(revoked.at(), texts))), page, texts));
            }
            default -> {
                PatientWords texts = schedules.words();
                yield SchedulePages.html(HttpStatus.NOT_FOUND, schedules.message(texts.text("linkUnknownHeading"),
                        List.of(texts.text("linkUnknown")), page, texts));
            }
        };
    }

    private String date(Instant at, PatientWords texts) {
        return texts.longDate(at.atZone(zone).toLocalDate());
    }
}
