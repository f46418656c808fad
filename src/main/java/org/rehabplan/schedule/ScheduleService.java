package org.rehabplan.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rehabplan.base.Reason;
import org.rehabplan.base.ReasonText;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.clinic.ClinicDetails;
import org.rehabplan.catalog.picture.ExercisePictures;
import org.rehabplan.clinic.ClinicService;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.schedule.ScheduleTemplate.Page;
import org.springframework.stereotype.Service;
import org.springframework.context.MessageSource;

/**
 * The patient's schedule of a saved plan version, as a print page or a PDF from the one template. Therapist access
 * always goes through {@link PlanVersionService#find(long, long)}: owner-scoped through PatientService.find, checks that
 * the version is that patient's, and records PLAN_VIEWED in the audit log.
 */
@Service
public class ScheduleService {

    private final PlanVersionService versions;
    private final ScheduleTemplate template;
    private final SchedulePdf pdf = new SchedulePdf();
    private final ClinicService clinic;
    private final ReasonText reasons;

    ScheduleService(PlanVersionService versions, Catalog catalog, MessageSource messages, ExercisePictures pictures,
                    ClinicService clinic, ReasonText reasons, org.rehabplan.protocol.ProtocolRegistry protocols) {
        this.versions = versions;
        this.clinic = clinic;
        this.reasons = reasons;
        // the protocol's own lines in the patient's language (English when the protocol lacks it)
        this.template = new ScheduleTemplate(catalog, messages, pictures,
                (id, language) -> protocols.find(id).map(p -> p.texts(language)).orElse(null));
    }

    /** The clinic and the therapist who saved this version: whom the patient calls. */
    Contacts contacts(SavedPlan saved) {
        ClinicDetails details = clinic.clinic();
        if (details.name() == null || details.name().isBlank()) {
            // no name configured yet: a placeholder in the patient's own words, not an English default
            details = new ClinicDetails(words(saved).text("unknownClinic"), details.phone(), details.address(),
                    details.openingHours(), details.units());
        }
        return new Contacts(details, clinic.therapist(saved.version().getCreatedBy()));
    }

    ScheduleTemplate template() {
        return template;
    }

    /** The print page of a version, relative to the app root ({@code + ".pdf"}: its PDF). */
    public static String pagePath(long patientId, long versionId) {
        return "schedule/" + patientId + "/" + versionId;
    }

    /** The version, if the signed-in therapist may see the patient and the version is that patient's. */
    public Optional<SavedPlan> savedPlan(long patientId, long versionId) {
        return versions.find(patientId, versionId);
    }

    /** The schedule page; for an infeasible plan a page saying there is no safe schedule (see {@link #printable}). */
    public String html(SavedPlan saved, Page page) {
        if (!printable(saved)) {
            return noSafePlan(saved, page);
        }
        return template.schedule(saved.profile(), saved.plan(), page, contacts(saved));
    }

    /** Refuses an infeasible plan: an unsafe or empty schedule must never be handed to a patient. */
    public byte[] pdf(SavedPlan saved) {
        return pdf(saved, Page.pdf());
    }

    /** The PDF; {@code page} may carry the phone page's address for the cover's QR code. */
    public byte[] pdf(SavedPlan saved, Page page) {
        if (!printable(saved)) {
            throw new NoSafeScheduleException();
        }
        return pdf.render(template.schedule(saved.profile(), saved.plan(), page, contacts(saved)));
    }

    /** Only a feasible plan (every safety rule met in every week) becomes a patient schedule. */
    public static boolean printable(SavedPlan saved) {
        return saved.plan().feasible();
    }

    /**
     * For the therapist (a share link never shows an infeasible plan), in the patient's language like every printed
     * page: the planner's conflicts follow in those words. A plan saved before reasons were data holds its conflicts
     * as sentences in the language of that time (English); the page doesn't mix them in: it says to generate the plan
     * again, and the therapist's screens (the version page, the workspace) still show the sentences as saved.
     */
    String noSafePlan(SavedPlan saved, Page page) {
        PatientWords words = words(saved);
        List<String> lines = new ArrayList<>();
        lines.add(words.text("noSafePlan"));
        List<Reason> conflicts = saved.plan().conflicts();
        List<Reason> worded = conflicts.stream().filter(r -> !Reason.LEGACY.equals(r.code())).toList();
        lines.addAll(reasons.render(worded, words.locale()));
        if (worded.size() < conflicts.size()) {
            lines.add(words.text("noSafePlanSavedBefore"));
        }
        return template.message(words.text("noSafePlanHeading"), lines, page, words);
    }

    String message(String heading, List<String> lines, Page page, PatientWords words) {
        return template.message(heading, lines, page, words);
    }

    /** The words of a saved plan's patient, in their language. */
    PatientWords words(SavedPlan saved) {
        return template.words(saved.profile().language());
    }

    /** Words for a page that has no patient yet (an unknown link, too many requests): the default language. */
    PatientWords words() {
        return template.words(null);
    }

    PatientWords words(String language) {
        return template.words(language);
    }

    /** Thrown when a PDF is asked for a plan that has no safe schedule. */
    public static final class NoSafeScheduleException extends RuntimeException {
        NoSafeScheduleException() {
            super("This plan has no safe schedule to print");
        }
    }
}
