package org.steadyhand.device;

/** Opens sources of one {@link SourceSpec#scheme()}; registered in the {@link SourceRegistry}. */
public interface SourceFactory {
    /** The scheme this factory opens, e.g. {@code sim} or {@code serial}. */
    String scheme();

    /**
     * Creates (but does not start) a source.
     *
     * @throws org.steadyhand.core.BadInputException if the spec is well formed but unusable (an
     *     unknown protocol name, an option this source does not have)
     */
    SampleSource create(SourceSpec spec, SourceContext context);
}
