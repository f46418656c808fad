package org.rehabplan.api;

import java.util.List;
import java.util.Set;
import org.rehabplan.protocol.PainCap;
import org.rehabplan.protocol.Protocol;
import org.rehabplan.protocol.ProtocolRegistry;
import org.rehabplan.protocol.Restriction;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The protocols a profile can name in {@code protocolId}: a summary list (the default one first) and each whole
 * protocol as loaded from its file.
 */
@RestController
@RequestMapping("/api/protocols")
class ProtocolController {

    private final ProtocolRegistry protocols;

    ProtocolController(ProtocolRegistry protocols) {
        this.protocols = protocols;
    }

    /** One protocol in the list: the contract's fields plus what a client needs to show its form. */
    record ProtocolSummary(String id, String name, String condition, String description, boolean isDefault,
                           String anchorLabel, String weeksAfter, Set<String> conditions, List<PhaseSummary> phases,
                           List<Restriction> defaultRestrictions, List<PainCap> painCaps, List<String> sources) {
        static ProtocolSummary of(Protocol p, boolean isDefault) {
            return new ProtocolSummary(p.id(), p.name(), p.condition(), p.description(), isDefault,
                    p.texts(Protocol.ENGLISH).anchorLabel(), p.weeksAfter(), p.conditions(),
                    p.phases().stream().map(ph -> new PhaseSummary(ph.name(), ph.fromWeek(), ph.toWeek(),
                            ph.maxLevel(), ph.emphasis())).toList(),
                    p.defaultRestrictions(), p.painCaps(), p.sources());
        }
    }

    /** A phase: weeks after the protocol's anchor event, from (inclusive) to (exclusive; null = open-ended). */
    record PhaseSummary(String name, int fromWeek, Integer toWeek, int maxLevel, String emphasis) {
    }

    @GetMapping
    List<ProtocolSummary> all() {
        return protocols.all().stream().map(p -> ProtocolSummary.of(p, p.id().equals(protocols.defaultId()))).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<Protocol> one(@PathVariable String id) {
        return ResponseEntity.of(protocols.find(id));
    }
}
