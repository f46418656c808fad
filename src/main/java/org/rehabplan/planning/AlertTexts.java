package org.rehabplan.planning;

/** Words for the therapist's alerts, by code (the plan stores the code and its numbers). */
final class AlertTexts {

    private AlertTexts() {
    }

    /** {@code weeksAfterPhrase}: how the patient's protocol counts weeks ("weeks after the fracture"). */
    static String message(String code, int painLevel, int weeksAfter, String weeksAfterPhrase) {
        return switch (code) {
            case "REFER_BACK" -> "Pain " + painLevel + "/10 at " + weeksAfter + " " + weeksAfterPhrase + ": refer "
                    + "back to the treating doctor before progressing (possible new fracture or complication); the "
                    + "plan holds doses where they are.";
            default -> code;
        };
    }
}
