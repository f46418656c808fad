package org.rehabplan.adherence;

import java.time.LocalDate;

/**
 * One plan week as the patient reported it: sessions done (pressed "I did this session") against planned, and the
 * average effort and pain (0-10) they gave after sessions that week; null when they gave none.
 */
public record WeekAdherence(int week, LocalDate start, int planned, int done, Double effort, Double pain) {
}
