package org.rehabplan.catalog;

/**
 * One thing wrong with a catalog or protocol file, located well enough for an editor to fix it:
 * the file, the item (exercise id or index), the field and what is wrong.
 */
public record CatalogProblem(String file, String item, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (item != null) {
            text.append(", ").append(item);
        }
        if (field != null && !field.isEmpty()) {
            text.append(", field '").append(field).append('\'');
        }
        return text.append(": ").append(message).toString();
    }
}
