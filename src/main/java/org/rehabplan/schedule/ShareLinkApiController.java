package org.rehabplan.schedule;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Share links over the API: {@code POST /api/patients/{id}/plans/{versionId}/share-links} (optional body
 * {@code {"pinned": true}}) → 201 {@code {id, url, expiresAt, pinned}}; the url is shown once, like in the app.
 * {@code DELETE /api/patients/{id}/plans/{versionId}/share-links/{linkId}} revokes one;
 * {@code GET /api/patients/{id}/share-links} lists them (never with their address).
 */
@RestController
class ShareLinkApiController {

    record CreateRequest(Boolean pinned) {
    }

    record Created(long id, String url, Instant expiresAt, boolean pinned) {
    }

    record Message(String message, List<Object> errors) {
    }

    private final ShareLinkService shares;
    private final String configuredBase;
    private final org.springframework.context.MessageSource messages;

    ShareLinkApiController(ShareLinkService shares, @Value("${rehabplan.share.base-url:}") String configuredBase,
                           org.springframework.context.MessageSource messages) {
        this.shares = shares;
        this.configuredBase = configuredBase;
        this.messages = messages;
    }

    @PostMapping("/api/patients/{id}/plans/{versionId}/share-links")
    ResponseEntity<Created> create(@PathVariable long id, @PathVariable long versionId,
                                   @RequestBody(required = false) CreateRequest body, HttpServletRequest request) {
        boolean pinned = body != null && Boolean.TRUE.equals(body.pinned());
        ShareLinkService.CreatedLink link = shares.create(id, versionId, pinned);
        String url = ShareController.absoluteUrl(configuredBase, request, link.token());
        return ResponseEntity.created(URI.create(url))
                .body(new Created(link.link().id(), url, link.link().expiresAt(), pinned));
    }

    @DeleteMapping("/api/patients/{id}/plans/{versionId}/share-links/{linkId}")
    ShareLinkService.LinkSummary revoke(@PathVariable long id, @PathVariable long versionId,
                                        @PathVariable long linkId) {
        return shares.revoke(id, linkId);
    }

    @GetMapping("/api/patients/{id}/share-links")
    List<ShareLinkService.LinkSummary> list(@PathVariable long id) {
        return shares.links(id);
    }

    @ExceptionHandler(ShareLinkService.NotFoundException.class)
    ResponseEntity<Message> notFound(ShareLinkService.NotFoundException e, java.util.Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new Message(messages.getMessage(e.key(), null, locale), List.of()));
    }

    @ExceptionHandler(ScheduleService.NoSafeScheduleException.class)
    ResponseEntity<Message> noSafePlan(ScheduleService.NoSafeScheduleException e, java.util.Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new Message(messages.getMessage("api.share.noSafeSchedule", null, locale), List.of()));
    }

}
