package org.rehabplan.catalog;

/** A field of an exercise with no text in a language: the patient would read the English there. */
public record MissingTranslation(String language, String file, String exerciseId, String field) {

    @Override
    public String toString() {
        return file + ", exercise '" + exerciseId + "', field '" + field + "': no " + language + " text";
    }
}
