package org.rehabplan.protocol;

/**
 * From a pain score of {@code minPain} upwards, exercises are limited to {@code maxLevel} and doses move one step
 * only every {@code doseStepEveryWeeks} weeks (0 = doses hold where they are; absent = every week).
 */
public record PainCap(int minPain, int maxLevel, Integer doseStepEveryWeeks) {

    public PainCap(int minPain, int maxLevel) {
        this(minPain, maxLevel, null);
    }
}
