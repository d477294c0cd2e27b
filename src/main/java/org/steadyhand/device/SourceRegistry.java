package org.steadyhand.device;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.steadyhand.core.BadInputException;

/**
 * Resolves {@code --source} specs to sources through the factories the composition root registers.
 * A scheme that parses but has no factory in this build is reported as such, not as a typo.
 */
public final class SourceRegistry {
    private final Map<String, SourceFactory> factories = new TreeMap<>();

    public SourceRegistry(Collection<? extends SourceFactory> factories) {
        for (SourceFactory factory : factories) {
            if (this.factories.putIfAbsent(factory.scheme(), factory) != null) {
                throw new IllegalArgumentException("two source factories for scheme '" + factory.scheme() + "'");
            }
        }
    }

    /**
     * Parses and opens a source (not yet started).
     *
     * @throws BadInputException if the spec is malformed or names a kind of source this build lacks
     */
    public SampleSource open(String specText, SourceContext context) {
        SourceSpec spec = SourceSpec.parse(specText);
        SourceFactory factory = factories.get(spec.scheme());
        if (factory == null) {
            throw new BadInputException("source '" + specText + "': " + spec.scheme()
                    + " sources are not supported by this version; available: "
                    + String.join(", ", factories.keySet()));
        }
        return factory.create(spec, context);
    }

    /** Schemes that can be opened, sorted. */
    public Collection<String> schemes() {
        return factories.keySet();
    }
}
