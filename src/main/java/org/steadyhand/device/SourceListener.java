package org.steadyhand.device;

/** Receives a source's events, on the source's thread; must return quickly. */
@FunctionalInterface
public interface SourceListener {
    void sourceEventReceived(SourceEvent event);
}
