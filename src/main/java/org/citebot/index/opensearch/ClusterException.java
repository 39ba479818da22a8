package org.citebot.index.opensearch;

/** The cluster could not be reached, or refused a request; the message says which and why. */
public final class ClusterException extends RuntimeException {

    private final int status;

    ClusterException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the cluster answered, 0 when no node answered at all. */
    public int status() {
        return status;
    }
}
