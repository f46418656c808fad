package org.rehabplan.planning;

/** Words for the therapist's alerts, by code (the plan stores the code and its numbers). */
final class AlertTexts {

    private AlertTexts() {
    }

    static String message(String code, int painLevel, int weeksAfter) {
        return switch (code) {
            case "REFER_BACK" -> "Pain " + painLevel + "/10 at " + weeksAfter + " weeks after the procedure: refer "
                    + "back to the surgeon before progressing (possible new fracture or complication); the plan "
                    + "holds doses where they are.";
            default -> code;
        };
    }
}
