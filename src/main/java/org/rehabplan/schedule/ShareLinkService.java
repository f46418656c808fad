package org.rehabplan.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rehabplan.audit.AuditLog;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.patient.PatientService;
import org.rehabplan.plan.PlanVersion;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links: a therapist gives a patient a link to one saved plan version, viewable and printable without an
 * account. The token is 32 random bytes (256 bits) from {@link SecureRandom}; only its SHA-256 is stored, so a leaked
 * database does not leak working links. Links expire ({@code rehabplan.share.expiry}, default 90 days) and can be
 * revoked.
 */
@Service
public class ShareLinkService {

    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** What a link is now. */
    public enum State { ACTIVE, EXPIRED, REVOKED }

    /** A link as the therapist sees it in the list (never with its token: that is shown once, at creation). */
    public record LinkSummary(long id, long planVersionId, int versionNumber, String createdBy, Instant createdAt,
                              Instant expiresAt, Instant revokedAt, State state, boolean pinned) {
    }

    /** A new link with its token, to show the therapist once. */
    public record CreatedLink(LinkSummary link, String token) {
    }

    /** What opening a token finds. */
    public sealed interface Opened {
        /** {@code linkId} for what the patient reports; {@code plan} is the version the link shows now. */
        record Active(long linkId, SavedPlan plan) implements Opened { }
        /** {@code language}: the patient's, so even "this link has expired" is in words they read. */
        record Expired(Instant at, String language) implements Opened { }
        record Revoked(Instant at, String language) implements Opened { }
        record Unknown() implements Opened { }
    }

    /** Thrown when the patient or version is not the therapist's, or the link is not that patient's. */
    public static final class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final ShareLinkRepository links;
    private final ScheduleService schedules;
    private final PatientService patients;
    private final PlanVersionService versions;
    private final Duration expiry;
    private final Clock clock;

    private static final String SHARE_LINK = "SHARE_LINK";
    private final AuditLog audit;

    @Autowired
    ShareLinkService(ShareLinkRepository links, ScheduleService schedules, PatientService patients,
                     PlanVersionService versions, AuditLog audit,
                     @Value("${rehabplan.share.expiry:90d}") Duration expiry, Optional<Clock> clock) {
        this(links, schedules, patients, versions, audit, expiry, clock.orElse(Clock.systemUTC()));
    }

    ShareLinkService(ShareLinkRepository links, ScheduleService schedules, PatientService patients,
                     PlanVersionService versions, AuditLog audit, Duration expiry, Clock clock) {
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("rehabplan.share.expiry must be positive, e.g. 90d");
        }
        this.links = links;
        this.schedules = schedules;
        this.patients = patients;
        this.versions = versions;
        this.audit = audit;
        this.expiry = expiry;
        this.clock = clock;
    }

    public Duration expiry() {
        return expiry;
    }

    /** A new link that follows the patient's latest saved version. */
    @Transactional
    public CreatedLink create(long patientId, long versionId) {
        return create(patientId, versionId, false);
    }

    /**
     * A new link made from the patient's saved version; refused for an infeasible plan (nothing safe to show).
     * {@code pinned}: it keeps showing this version; otherwise it follows the latest saved feasible version.
     */
    @Transactional
    public CreatedLink create(long patientId, long versionId, boolean pinned) {
        SavedPlan saved = schedules.savedPlan(patientId, versionId)
                .orElseThrow(() -> new NotFoundException("That plan version does not exist or is not yours."));
        if (!ScheduleService.printable(saved)) {
            throw new ScheduleService.NoSafeScheduleException();
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ShareLink link = links.saveAndFlush(new ShareLink(hash(token), versionId, CurrentUser.name(), now,
                now.plus(expiry), pinned));
        audit.record("SHARE_LINK_CREATED", SHARE_LINK, link.getId(), "plan version " + versionId);
        return new CreatedLink(summary(link, saved.version().getVersionNumber(), now), token);
    }

    /** The patient's links over all versions, newest first. */
    @Transactional(readOnly = true)
    public List<LinkSummary> links(long patientId) {
        if (!patients.isOwn(patientId)) {
            throw new NotFoundException("That patient does not exist or is not yours.");
        }
        Map<Long, Integer> numbers = versions.versions(patientId).stream()
                .collect(Collectors.toMap(PlanVersion::getId, PlanVersion::getVersionNumber));
        Instant now = clock.instant();
        return links.findByPlanVersionIdInOrderByCreatedAtDesc(numbers.keySet()).stream()
                .map(link -> summary(link, numbers.get(link.getPlanVersionId()), now))
                .toList();
    }

    /** Withdraws a link of the patient at once; revoking twice keeps the first time. */
    @Transactional
    public LinkSummary revoke(long patientId, long linkId) {
        if (!patients.isOwn(patientId)) {
            throw new NotFoundException("That patient does not exist or is not yours.");
        }
        Map<Long, PlanVersion> own = versions.versions(patientId).stream()
                .collect(Collectors.toMap(PlanVersion::getId, Function.identity()));
        ShareLink link = links.findById(linkId).filter(l -> own.containsKey(l.getPlanVersionId()))
                .orElseThrow(() -> new NotFoundException("That share link does not exist or is not this patient's."));
        Instant now = clock.instant();
        link.revoke(now);
        links.saveAndFlush(link);
        audit.record("SHARE_LINK_REVOKED", SHARE_LINK, link.getId());
        return summary(link, own.get(link.getPlanVersionId()).getVersionNumber(), now);
    }

    /** Opens a token from a public URL: the plan it shows, or why it shows nothing. */
    @Transactional(readOnly = true)
    public Opened open(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return new Opened.Unknown();
        }
        Optional<ShareLink> found = links.findByTokenHash(hash(token));
        if (found.isEmpty()) {
            return new Opened.Unknown();
        }
        ShareLink link = found.get();
        return switch (state(link, clock.instant())) {
            case REVOKED -> new Opened.Revoked(link.getRevokedAt(), languageOf(link));
            case EXPIRED -> new Opened.Expired(link.getExpiresAt(), languageOf(link));
            case ACTIVE -> (link.isPinned() ? versions.findForShareLink(link.getPlanVersionId())
                    : versions.latestFeasibleForShareLink(link.getPlanVersionId()))
                    .<Opened>map(plan -> new Opened.Active(link.getId(), plan))
                    .orElseGet(Opened.Unknown::new);
        };
    }

    private String languageOf(ShareLink link) {
        return versions.findForShareLink(link.getPlanVersionId()).map(plan -> plan.profile().language()).orElse(null);
    }

    private static State state(ShareLink link, Instant now) {
        if (link.getRevokedAt() != null) {
            return State.REVOKED;
        }
        return now.isBefore(link.getExpiresAt()) ? State.ACTIVE : State.EXPIRED;
    }

    private static LinkSummary summary(ShareLink link, int versionNumber, Instant now) {
        return new LinkSummary(link.getId(), link.getPlanVersionId(), versionNumber, link.getCreatedBy(),
                link.getCreatedAt(), link.getExpiresAt(), link.getRevokedAt(), state(link, now), link.isPinned());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
