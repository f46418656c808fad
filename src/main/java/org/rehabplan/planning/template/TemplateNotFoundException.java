package org.rehabplan.planning.template;



/** No such template among the signed-in therapist's own (someone else's looks the same). */
public class TemplateNotFoundException extends RuntimeException {

    public TemplateNotFoundException(long id) {
        super("No template " + id);
    }
}
