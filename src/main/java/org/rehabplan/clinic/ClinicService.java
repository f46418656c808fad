package org.rehabplan.clinic;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.rehabplan.audit.AuditLog;
import org.rehabplan.base.CurrentUser;
import org.rehabplan.security.AppUser;
import org.rehabplan.security.UserAccountService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the patient calls: the clinic (admin settings, defaulting to {@code rehabplan.clinic.name} /
 * {@code rehabplan.clinic.phone} until an admin saves them) and each therapist's own name and direct phone.
 */
@Service
public class ClinicService {

    /** A phone number a patient can dial: digits with spaces, dashes, dots, brackets and a leading +. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,30}");
    private static final String CLINIC = "CLINIC_SETTINGS";

    private final ClinicSettingsRepository settings;
    private final TherapistContactRepository contacts;
    private final AuditLog audit;
    private final ClinicDetails defaults;
    private final Clock clock = Clock.systemUTC();

    private final UserAccountService accounts;

    ClinicService(ClinicSettingsRepository settings, TherapistContactRepository contacts, AuditLog audit,
                  UserAccountService accounts,
                  @Value("${rehabplan.clinic.name:}") String defaultName,
                  @Value("${rehabplan.clinic.phone:}") String defaultPhone,
                  @Value("${rehabplan.clinic.units:KG}") WeightUnits defaultUnits) {
        this.settings = settings;
        this.contacts = contacts;
        this.audit = audit;
        this.accounts = accounts;
        this.defaults = new ClinicDetails(defaultName, defaultPhone, "", "", defaultUnits);
    }

    @Transactional(readOnly = true)
    public ClinicDetails clinic() {
        return settings.findById(ClinicSettings.ONLY).map(ClinicSettings::details).orElse(defaults);
    }

    /** Admins only; every field is checked before anything is saved. */
    @Transactional
    public ClinicDetails saveClinic(ClinicDetails details) {
        if (!CurrentUser.hasRole("ADMIN")) {
            throw new AccessDeniedException("Only an admin can change the clinic's details");
        }
        ClinicDetails clean = new ClinicDetails(trim(details.name()), trim(details.phone()), trim(details.address()),
                trim(details.openingHours()), details.units());
        Map<String, String> problems = new LinkedHashMap<>();
        require(problems, "name", clean.name(), 120, "The clinic's name");
        if (clean.phone().isEmpty()) {
            problems.put("phone", "The clinic's phone is needed: patients are told to call it");
        } else {
            phone(problems, "phone", clean.phone());
        }
        max(problems, "address", clean.address(), 300, "The address");
        max(problems, "openingHours", clean.openingHours(), 200, "The opening hours");
        if (!problems.isEmpty()) {
            throw new InvalidContactException(problems);
        }
        Instant now = clock.instant();
        ClinicSettings row = settings.findById(ClinicSettings.ONLY).orElse(null);
        if (row == null) {
            row = new ClinicSettings(clean, CurrentUser.name(), now);
        } else {
            row.update(clean, CurrentUser.name(), now);
        }
        settings.saveAndFlush(row);
        audit.record("CLINIC_SETTINGS_CHANGED", CLINIC, ClinicSettings.ONLY);
        return clean;
    }

    /** How a therapist appears on their patients' handouts; their account's name until they fill in their own. */
    @Transactional(readOnly = true)
    public TherapistDetails therapist(String username) {
        return contacts.findById(username).map(TherapistContact::details)
                .orElseGet(() -> new TherapistDetails(accounts.find(username).map(AppUser::getDisplayName)
                        .filter(name -> name != null && !name.isBlank()).orElse(username), ""));
    }

    /** The signed-in therapist's own name and direct phone. */
    @Transactional
    public TherapistDetails saveOwnContact(TherapistDetails details) {
        TherapistDetails clean = new TherapistDetails(trim(details.name()), trim(details.directPhone()));
        Map<String, String> problems = new LinkedHashMap<>();
        require(problems, "name", clean.name(), 120, "Your name");
        if (!clean.directPhone().isEmpty()) {
            phone(problems, "directPhone", clean.directPhone());
        }
        if (!problems.isEmpty()) {
            throw new InvalidContactException(problems);
        }
        String username = CurrentUser.name();
        TherapistContact contact = contacts.findById(username).orElseGet(() -> new TherapistContact(username));
        contact.update(clean, clock.instant());
        contacts.saveAndFlush(contact);
        audit.record("THERAPIST_CONTACT_CHANGED", "ACCOUNT", null, username);
        return clean;
    }

    private static void require(Map<String, String> problems, String field, String value, int max, String label) {
        if (value.isEmpty()) {
            problems.put(field, label + " is needed");
        } else {
            max(problems, field, value, max, label);
        }
    }

    private static void max(Map<String, String> problems, String field, String value, int max, String label) {
        if (value.length() > max) {
            problems.put(field, label + " is too long (at most " + max + " characters)");
        }
    }

    private static void phone(Map<String, String> problems, String field, String value) {
        if (!PHONE.matcher(value).matches() || value.chars().filter(Character::isDigit).count() < 5) {
            problems.put(field, "\"" + value + "\" is not a phone number: use digits, spaces and an optional leading +");
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
