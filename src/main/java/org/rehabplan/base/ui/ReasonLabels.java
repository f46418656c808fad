package org.rehabplan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Locale;
import org.rehabplan.base.Reason;
import org.rehabplan.base.ReasonText;

/** A plan's reasons in the words of the screen's language (the UI's locale), for every view that shows them. */
public final class ReasonLabels {

    private ReasonLabels() {
    }

    public static String of(Reason reason) {
        return words().render(reason, locale());
    }

    public static List<String> of(List<Reason> reasons) {
        return words().render(reasons, locale());
    }

    /** A bundle text by key in the screen's language, the key itself when the bundle lacks it. */
    public static String message(String key, Object... args) {
        return words().message(key, locale(), args);
    }

    /**
     * An exercise's name in the screen's language, from the catalog by id; {@code saved} (the name a saved plan
     * stored) only when the catalog no longer has the exercise.
     */
    public static String exerciseName(String exerciseId, String saved) {
        return words().exerciseName(exerciseId, locale(), saved);
    }

    /** "1 week after the procedure": weeks after the anchor event in the protocol's words, in the screen's language. */
    public static String weeksAfter(String protocolId, int weeks) {
        return words().weeksAfter(protocolId, weeks, locale());
    }

    /** A protocol phase's name in the screen's language. */
    public static String phase(String name) {
        return words().phaseName(name, locale());
    }

    private static ReasonText words() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ReasonText.class);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
