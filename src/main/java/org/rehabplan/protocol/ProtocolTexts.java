package org.rehabplan.protocol;

import java.util.List;

/**
 * A protocol's own wording in one language: what its anchor event is called ("Procedure date" / "Fracture date" /
 * "Diagnosis date" on the form, "after the procedure" in sentences), the condition in the patient's words, and the
 * lines a printed schedule adds for this condition only (e.g. watching the wound after a procedure, wearing a brace
 * after a fracture).
 */
public record ProtocolTexts(
        String anchorLabel,
        String anchorHelp,
        String weeksAfter,
        String patientCondition,
        List<String> stopAndCall,
        List<String> moveSafely) {

    public ProtocolTexts {
        stopAndCall = stopAndCall == null ? List.of() : List.copyOf(stopAndCall);
        moveSafely = moveSafely == null ? List.of() : List.copyOf(moveSafely);
    }
}
