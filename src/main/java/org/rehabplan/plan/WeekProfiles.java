package org.rehabplan.plan;

import java.util.ArrayList;
import java.util.List;
import org.rehabplan.patient.PatientProfile;

/**
 * The profile in force in each week of a plan, when it changed during the plan: a follow-up visit brings a new pain
 * score and new exclusions from its week on, while the weeks before it were planned (and done) under the earlier
 * profile. Each segment holds from its {@code fromWeek} until the next segment's. Stored with a saved version so
 * that reopening it scores every week against the limits that week was planned for.
 */
public record WeekProfiles(List<Segment> segments) {

    public record Segment(int fromWeek, PatientProfile profile) {
    }

    public WeekProfiles {
        if (segments == null || segments.isEmpty() || segments.getFirst().fromWeek() != 1) {
            throw new IllegalArgumentException("week profiles start with a segment from week 1");
        }
        segments = List.copyOf(segments);
    }

    public static WeekProfiles of(PatientProfile profile) {
        return new WeekProfiles(List.of(new Segment(1, profile)));
    }

    /** The profile in force in plan week {@code week}. */
    public PatientProfile inWeek(int week) {
        PatientProfile profile = segments.getFirst().profile();
        for (Segment segment : segments) {
            if (segment.fromWeek() <= week) {
                profile = segment.profile();
            }
        }
        return profile;
    }

    /** These profiles up to {@code week}, then {@code profile} from that week on. */
    public WeekProfiles from(int week, PatientProfile profile) {
        List<Segment> kept = new ArrayList<>(segments.stream().filter(s -> s.fromWeek() < week).toList());
        kept.add(new Segment(week, profile));
        return new WeekProfiles(kept);
    }

    /** The first week of the last segment: weeks before it belong to an earlier profile. */
    public int lastChangeWeek() {
        return segments.getLast().fromWeek();
    }
}
