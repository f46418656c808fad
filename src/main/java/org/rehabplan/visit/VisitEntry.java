package org.rehabplan.visit;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraints.Range;
import org.rehabplan.base.OpenRange;

/**
 * A visit as the therapist enters it. The checks that need the patient (not before the procedure) or today's date
 * are in {@link VisitService}; the rest are declared here. {@code tolerated}: exercise id → tolerated; exercises not
 * listed were not asked about.
 */
public record VisitEntry(
        @NotNull(message = "{validation.visit.visitDate.required}") LocalDate visitDate,
        @NotNull(message = "{validation.pain.required}")
        @Range(min = 0, max = 10, message = "{validation.range}")
        Integer painLevel,
        @Size(max = 2000, message = "{validation.text.tooLong}") String notes,
        @OpenRange(min = "0", max = "300", message = "{validation.visit.seconds.range}")
        @Digits(integer = 3, fraction = 1, message = "{validation.visit.seconds.digits}")
        Double timedUpAndGoSeconds,
        @Range(min = 0, max = 60, message = "{validation.range}")
        Integer chairStands30s,
        Map<String, Boolean> tolerated) {

    public VisitEntry {
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        tolerated = tolerated == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tolerated));
    }
}
