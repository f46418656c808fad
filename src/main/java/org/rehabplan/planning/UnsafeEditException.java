package org.rehabplan.planning;

/** A direct edit the plan can't take without breaking a safety rule (nothing was changed). */
public class UnsafeEditException extends RuntimeException {

    public UnsafeEditException(String message) {
        super(message);
    }
}
