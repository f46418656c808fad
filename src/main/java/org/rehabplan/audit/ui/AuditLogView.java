package org.rehabplan.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.rehabplan.audit.AuditEvent;
import org.rehabplan.audit.AuditLog;

/**
 * Admins read the audit log: the latest events (who, what, which record, from where), filtered as they type.
 * Times are shown in UTC, as stored, so entries from several servers line up.
 */
@Route("admin/audit")
@Menu(order = 91, icon = "vaadin:records", title = "Audit log")
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("title.page", getTranslation("menu.admin.audit"));
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Grid<AuditEvent> grid = new Grid<>();
    final TextField filter = new TextField();
    private final List<AuditEvent> events;

    AuditLogView(AuditLog audit) {
        addClassName("rp-page");
        setSizeFull();
        events = audit.recent();
        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setClearButtonVisible(true);
        filter.setWidth("24em");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> show(e.getValue()));
        grid.addColumn(e -> TIME.format(e.getOccurredAt())).setHeader(getTranslation("audit.col.time")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getUsername).setHeader(getTranslation("audit.col.user")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(e -> e.getEntityType() + (e.getEntityId() == null ? "" : " " + e.getEntityId()))
                .setHeader(getTranslation("audit.col.record")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetail).setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
        grid.addColumn(AuditEvent::getSourceAddress).setHeader(getTranslation("audit.col.from")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(new H2(getTranslation("menu.admin.audit")), new Paragraph(getTranslation("audit.text", events.size())),
                filter, grid);
        show("");
    }

    private void show(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        grid.setItems(needle.isEmpty() ? events : events.stream().filter(e -> String.join(" ", e.getUsername(),
                e.getAction(), e.getEntityType(), String.valueOf(e.getEntityId()), String.valueOf(e.getDetail()),
                String.valueOf(e.getSourceAddress())).toLowerCase(Locale.ROOT).contains(needle)).toList());
    }
}
