package org.rehabplan.security;

/** What an account may do: therapists work with their own patients; admins also manage accounts. */
public enum Role {
    THERAPIST, ADMIN
}
