package org.rehabplan.visit;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A visit as the therapist enters it. The checks that need the patient (not before the procedure) or today's date
 * are in {@link VisitService}; the rest are declared here. {@code tolerated}: exercise id → tolerated; exercises not
 * listed were not asked about.
 */
public record VisitEntry(
        @NotNull(message = "enter the date of the visit") LocalDate visitDate,
        @NotNull(message = "enter the pain score")
        @Min(value = 0, message = "must be between 0 and 10") @Max(value = 10, message = "must be between 0 and 10")
        Integer painLevel,
        @Size(max = 2000, message = "must be at most 2000 characters") String notes,
        @DecimalMin(value = "0", inclusive = false, message = "must be more than 0 and less than 300 seconds")
        @DecimalMax(value = "300", inclusive = false, message = "must be more than 0 and less than 300 seconds")
        @Digits(integer = 3, fraction = 1, message = "give the seconds with at most one decimal")
        Double timedUpAndGoSeconds,
        @Min(value = 0, message = "must be between 0 and 60") @Max(value = 60, message = "must be between 0 and 60")
        Integer chairStands30s,
        Map<String, Boolean> tolerated) {

    public VisitEntry {
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        tolerated = tolerated == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tolerated));
    }
}
