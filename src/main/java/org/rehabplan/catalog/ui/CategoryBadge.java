package org.rehabplan.catalog.ui;

import com.vaadin.flow.component.html.Span;
import org.rehabplan.base.ui.DisplayFormats;
import org.rehabplan.catalog.Category;

/** A small coloured label for an exercise category (colours in styles/rehabplan.css). */
public final class CategoryBadge extends Span {

    public CategoryBadge(Category category) {
        super(DisplayFormats.label(category));
        addClassNames("rp-badge", cssClass(category));
    }

    /** CSS class for a category's colour, e.g. "rp-cat-balance". */
    public static String cssClass(Category category) {
        return "rp-cat-" + category.name().toLowerCase().replace('_', '-');
    }
}
