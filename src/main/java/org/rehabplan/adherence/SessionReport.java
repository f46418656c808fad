package org.rehabplan.adherence;

import java.time.LocalDate;
import java.util.Set;

/** What the patient has reported for one session date: exercises ticked, and the session itself if done. */
public record SessionReport(LocalDate date, Set<String> exercisesDone, boolean sessionDone, Integer effort,
                            Integer pain) {
}
