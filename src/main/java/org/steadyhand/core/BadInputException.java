package org.steadyhand.core;

/**
 * The user gave input we cannot use: a malformed source spec, an unknown module, a corrupt file.
 * The message is one plain sentence naming the input and what is wrong; the command line turns it
 * into exit code 2, the GUI into a dialog. Bugs must not be reported through this type.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
