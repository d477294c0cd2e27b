package org.steadyhand.cli;

/** Whether the process talks to a person at a terminal. */
final class Terminal {
    private Terminal() {}

    /**
     * True when stdin/stdout belong to a terminal. {@code System.console()} is null when redirected
     * on JDK 21; from JDK 22 it also exists when redirected, so {@code Console.isTerminal()} (looked
     * up reflectively, since we compile for 21) decides.
     */
    static boolean stderrIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
