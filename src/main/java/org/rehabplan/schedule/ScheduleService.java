package org.rehabplan.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rehabplan.catalog.Catalog;
import org.rehabplan.clinic.ClinicService;
import org.rehabplan.catalog.picture.ExercisePictures;
import org.rehabplan.plan.PlanVersionService;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.schedule.ScheduleTemplate.Page;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

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

    ScheduleService(PlanVersionService versions, Catalog catalog, ObjectMapper mapper, ExercisePictures pictures,
                    ClinicService clinic, org.rehabplan.protocol.ProtocolRegistry protocols) {
        this.versions = versions;
        this.clinic = clinic;
        // patients read English today; the protocol's other languages are there for the patient's language setting
        this.template = new ScheduleTemplate(catalog, PatientTexts.load(mapper), pictures,
                id -> protocols.find(id).map(p -> p.texts(org.rehabplan.protocol.Protocol.ENGLISH)).orElse(null));
    }

    /** The clinic and the therapist who saved this version: whom the patient calls. */
    Contacts contacts(SavedPlan saved) {
        return new Contacts(clinic.clinic(), clinic.therapist(saved.version().getCreatedBy()));
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

    String noSafePlan(SavedPlan saved, Page page) {
        List<String> lines = new ArrayList<>();
        lines.add(template.texts().noSafePlan());
        if (saved.plan().conflicts() != null) {
            lines.addAll(saved.plan().conflicts());
        }
        return template.message("No safe schedule", lines, page);
    }

    String message(String heading, List<String> lines, Page page) {
        return template.message(heading, lines, page);
    }

    PatientTexts texts() {
        return template.texts();
    }

    /** Thrown when a PDF is asked for a plan that has no safe schedule. */
    public static final class NoSafeScheduleException extends RuntimeException {
        NoSafeScheduleException() {
            super("This plan has no safe schedule to print");
        }
    }
}
