package org.rehabplan.visit;

/** A follow-up re-plan cannot start (no saved plan, no week left, an unknown visit); the message says why. */
public class ReplanRefusedException extends RuntimeException {

    public ReplanRefusedException(String message) {
        super(message);
    }
}
