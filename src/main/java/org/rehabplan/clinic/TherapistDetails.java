package org.rehabplan.clinic;

/** The therapist as the patient's handout shows them; the direct phone may be empty (then the clinic's is used). */
public record TherapistDetails(String name, String directPhone) {
}
