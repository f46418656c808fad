package org.rehabplan.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.rehabplan.catalog.Catalog;

/** Landing page. */
@Route("")
@PageTitle("RehabPlan")
class HomeView extends VerticalLayout {

    HomeView(Catalog catalog) {
        addClassName("rp-page");
        add(new H1("RehabPlan"),
                new Paragraph("Safe, week-by-week exercise programs after kyphoplasty. The catalog holds "
                        + catalog.size() + " exercises."));
    }
}
