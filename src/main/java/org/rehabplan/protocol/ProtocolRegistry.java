package org.rehabplan.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabplan.catalog.CatalogProblem;
import org.rehabplan.catalog.InvalidCatalogException;

/**
 * Every protocol of the installation, by id: a patient's profile names one ({@code protocolId}); a profile that names
 * none (e.g. saved before protocols were chosen per patient) gets the default one.
 */
public final class ProtocolRegistry {

    private final Map<String, Protocol> protocols;
    private final String defaultId;

    public ProtocolRegistry(Map<String, Protocol> protocols, String defaultId) {
        if (!protocols.containsKey(defaultId)) {
            throw new InvalidCatalogException(List.of(new CatalogProblem("rehabplan.catalog.protocol", null, null,
                    "no protocol with id '" + defaultId + "' to use as the default; found " + protocols.keySet())));
        }
        Map<String, Protocol> sorted = new LinkedHashMap<>();
        sorted.put(defaultId, protocols.get(defaultId));
        protocols.keySet().stream().sorted().forEach(id -> sorted.putIfAbsent(id, protocols.get(id)));
        this.protocols = java.util.Collections.unmodifiableMap(sorted);
        this.defaultId = defaultId;
    }

    /** A registry holding one protocol (tools and tests that plan with a single protocol). */
    public static ProtocolRegistry of(Protocol protocol) {
        return new ProtocolRegistry(Map.of(protocol.id(), protocol), protocol.id());
    }

    /** Every protocol, the default first, then by id. */
    public List<Protocol> all() {
        return new ArrayList<>(protocols.values());
    }

    public Optional<Protocol> find(String id) {
        return Optional.ofNullable(id == null ? null : protocols.get(id));
    }

    public boolean contains(String id) {
        return id != null && protocols.containsKey(id);
    }

    public String defaultId() {
        return defaultId;
    }

    public Protocol defaultProtocol() {
        return protocols.get(defaultId);
    }

    /**
     * The protocol a profile names, the default one when it names none. An unknown id is refused before planning
     * (the profile validator names the field), so here it is a programming error.
     */
    public Protocol forId(String id) {
        if (id == null) {
            return defaultProtocol();
        }
        Protocol protocol = protocols.get(id);
        if (protocol == null) {
            throw new IllegalArgumentException("No protocol with id '" + id + "'; known: " + protocols.keySet());
        }
        return protocol;
    }
}
