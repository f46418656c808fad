package org.rehabplan.protocol;

/** From a pain score of {@code minPain} upwards, exercises are limited to {@code maxLevel}. */
public record PainCap(int minPain, int maxLevel) {
}
