package org.rehabplan.planning;

import java.util.List;
import java.util.Locale;
import org.rehabplan.base.Reason;
import org.rehabplan.base.ReasonText;
import org.rehabplan.base.i18n.MessagesConfiguration;
import org.rehabplan.catalog.Catalog;

/** The app's own bundles and a catalog, to read reasons as a therapist would in tests without a Spring context. */
public final class Words {

    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private Words() {
    }

    public static ReasonText over(Catalog catalog) {
        return new ReasonText(MessagesConfiguration.create(),
                (id, locale, fallback) -> catalog.name(id, locale.getLanguage(), fallback));
    }

    public static List<String> english(Catalog catalog, List<Reason> reasons) {
        return over(catalog).render(reasons, Locale.ENGLISH);
    }
}
