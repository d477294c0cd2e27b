package org.steadyhand.store;

/**
 * The database could not do what was asked (disk full, file locked by a foreign program, corrupt
 * file). The message names the database and the operation in plain words.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
