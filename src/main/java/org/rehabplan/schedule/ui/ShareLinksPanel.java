package org.rehabplan.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.schedule.ShareLinkService;
import org.rehabplan.schedule.ShareLinkService.CreatedLink;
import org.rehabplan.schedule.ShareLinkService.LinkSummary;

/**
 * Share links of a patient: create one for the version on screen (its address is shown once, to copy), see every
 * link with its state, revoke any at once.
 */
class ShareLinksPanel extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final ShareLinkService shares;
    private final long patientId;
    private final long versionId;
    private final String shareBase;

    final Button create = new Button("Create share link", VaadinIcon.LINK.create());
    final Checkbox pinned = new Checkbox("Pin to this version (don't follow later re-plans)");
    final TextField newLink = new TextField("New link — copy it now: it is shown only this once");
    final Anchor openNewLink = new Anchor("", "Open");
    final Grid<LinkSummary> grid = new Grid<>(LinkSummary.class, false);
    private final Paragraph none = new Paragraph("No share links yet.");

    ShareLinksPanel(ShareLinkService shares, long patientId, long versionId, String shareBase) {
        this.shares = shares;
        this.patientId = patientId;
        this.versionId = versionId;
        this.shareBase = shareBase;
        setPadding(false);
        addClassName("rp-share-links");

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createLink());
        newLink.setReadOnly(true);
        newLink.setWidthFull();
        newLink.setAutoselect(true);
        openNewLink.setTarget(AnchorTarget.BLANK);
        openNewLink.getElement().setAttribute("router-ignore", true);
        HorizontalLayout created = new HorizontalLayout(newLink, openNewLink);
        created.setWidthFull();
        created.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        created.setVisible(false);
        newLink.addValueChangeListener(e -> created.setVisible(!e.getValue().isEmpty()));

        grid.addColumn(l -> l.pinned() ? "Version " + l.versionNumber() + " only" : "Latest saved version")
                .setHeader("Shows").setAutoWidth(true);
        grid.addColumn(l -> date(l.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(l -> date(l.expiresAt())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(ShareLinksPanel::state).setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(new H3("Share with the patient"),
                new Paragraph("The patient opens the link on their phone without an account: today's exercises "
                        + "with pictures, Done buttons, effort and pain, and the whole booklet to print. The link "
                        + "shows the patient's latest saved plan, so it keeps working after a re-plan; tick \"Pin\" "
                        + "to keep it on this version. Links expire after " + shares.expiry().toDays()
                        + " days; revoke one at any time. Each printed handout carries its own link in its QR code."),
                pinned, create, created, none, grid);
        refresh();
    }

    private void createLink() {
        try {
            CreatedLink link = shares.create(patientId, versionId, pinned.getValue());
            String url = shareBase + "/share/" + link.token();
            newLink.setValue(url);
            openNewLink.setHref(url);
            newLink.focus();
            Notifications.success("Share link created. Copy it now: it is shown only once.");
        } catch (RuntimeException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private Button revokeButton(LinkSummary link) {
        Button revoke = new Button("Revoke", VaadinIcon.BAN.create());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setEnabled(link.state() == ShareLinkService.State.ACTIVE);
        revoke.getElement().setAttribute("aria-label", "Revoke the link created " + date(link.createdAt()));
        revoke.addClickListener(e -> revoke(link));
        return revoke;
    }

    void revoke(LinkSummary link) {
        shares.revoke(patientId, link.id());
        Notifications.success("Link revoked: the patient now sees a message that it was withdrawn.");
        refresh();
    }

    void refresh() {
        var links = shares.links(patientId);
        grid.setItems(links);
        grid.setVisible(!links.isEmpty());
        none.setVisible(links.isEmpty());
    }

    private static String state(LinkSummary link) {
        return switch (link.state()) {
            case ACTIVE -> "Active";
            case EXPIRED -> "Expired";
            case REVOKED -> "Revoked " + date(link.revokedAt());
        };
    }

    private static String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(ZoneId.systemDefault()));
    }
}
