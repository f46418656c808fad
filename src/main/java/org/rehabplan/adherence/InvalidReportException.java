package org.rehabplan.adherence;

import java.time.LocalDate;

/**
 * A report the phone page must refuse (effort or pain outside 0-10, a date with no session). {@link #key()} is the
 * patient bundle's key ({@code handout.<key>}) and {@link #date()} the day it names, if any: the phone page words it in
 * the patient's language.
 */
public class InvalidReportException extends RuntimeException {

    private final String key;
    private final transient LocalDate date;

    public InvalidReportException(String key) {
        this(key, null);
    }

    public InvalidReportException(String key, LocalDate date) {
        super(date == null ? key : key + " " + date, null, false, false);
        this.key = key;
        this.date = date;
    }

    public String key() {
        return key;
    }

    /** The session day the report was about, or null. */
    public LocalDate date() {
        return date;
    }
}
