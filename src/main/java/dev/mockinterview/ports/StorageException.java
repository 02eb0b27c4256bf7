package dev.mockinterview.ports;

/** A database failure, with a message that names the file or operation concerned. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
