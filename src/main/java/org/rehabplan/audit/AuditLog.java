package org.rehabplan.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rehabplan.base.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who created, changed, viewed or saved what, and who signed in. Callers pass ids and actions only: the
 * detail is for facts like "version 3", never for patient health data (names, pain, restrictions, notes).
 * Actions are UPPER_SNAKE strings (e.g. {@code PATIENT_CREATED}) so each feature can add its own.
 */
@Service
public class AuditLog {

    public static final String PATIENT = "PATIENT";
    public static final String PLAN_VERSION = "PLAN_VERSION";
    public static final String USER = "USER";
    public static final String SHARE_LINK = "SHARE_LINK";

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditLog(AuditEventRepository repository, Optional<Clock> clock) {
        this.repository = repository;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Records {@code action} by the signed-in user (joins the caller's transaction, so it commits with it). */
    @Transactional
    public void record(String action, String entityType, Long entityId, String detail) {
        recordAs(CurrentUser.name(), action, entityType, entityId, detail);
    }

    public void record(String action, String entityType, Long entityId) {
        record(action, entityType, entityId, null);
    }

    /** Records an action on behalf of a named user, e.g. a sign-in before the security context exists. */
    @Transactional
    public void recordAs(String username, String action, String entityType, Long entityId, String detail) {
        if (!ACTION.matcher(action).matches() || !ACTION.matcher(entityType).matches()) {
            throw new IllegalArgumentException("Audit action and entity type must be UPPER_SNAKE, at most 40 chars");
        }
        repository.save(new AuditEvent(Instant.now(clock), truncate(username, 100), action, entityType, entityId,
                truncate(detail, 500), sourceAddress()));
    }

    /** The events about one record, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> about(String entityType, long entityId) {
        return repository.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
    }

    /** The latest events, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> recent() {
        return repository.findTop200ByOrderByIdDesc();
    }

    /** The current request's client address (Tomcat applies the trusted-proxy rules), if there is a request. */
    private static String sourceAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? truncate(request.getRequest().getRemoteAddr(), 45) : null;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
