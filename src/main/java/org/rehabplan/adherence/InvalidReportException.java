package org.rehabplan.adherence;

/** A report the phone page must refuse (effort or pain outside 0-10, a date with no session). */
public class InvalidReportException extends RuntimeException {

    public InvalidReportException(String message) {
        super(message);
    }
}
