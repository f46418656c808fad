package org.rehabplan.base;

/** The signed-in user's name for ownership and the audit log. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** Until sign-in exists every action is recorded as the single local therapist. */
    public static String name() {
        return "therapist";
    }
}
