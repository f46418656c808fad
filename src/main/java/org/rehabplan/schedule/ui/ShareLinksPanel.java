package org.rehabplan.schedule.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.rehabplan.base.ui.DisplayFormats;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.schedule.ShareLinkService.CreatedLink;
import org.rehabplan.schedule.ShareLinkService.LinkSummary;
import org.rehabplan.schedule.ShareLinkService;

/**
 * Share links of a patient: create one for the version on screen (its address is shown once, to copy), see every
 * link with its state, revoke any at once.
 */
class ShareLinksPanel extends VerticalLayout {


    private final ShareLinkService shares;
    private final long patientId;
    private final long versionId;
    private final String shareBase;

    final Button create = new Button(getTranslation("share.create"), VaadinIcon.LINK.create());
    final Checkbox pinned = new Checkbox(getTranslation("share.pin"));
    final TextField newLink = new TextField(getTranslation("share.new.link"));
    final Anchor openNewLink = new Anchor("", getTranslation("share.open"));
    final Grid<LinkSummary> grid = new Grid<>(LinkSummary.class, false);
    private final Paragraph none = new Paragraph(getTranslation("share.none"));

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

        grid.addColumn(l -> l.pinned() ? getTranslation("share.version.only", l.versionNumber())
                        : getTranslation("share.latest")).setHeader(getTranslation("share.col.shows")).setAutoWidth(true);
        grid.addColumn(l -> date(l.createdAt())).setHeader(getTranslation("share.col.created")).setAutoWidth(true);
        grid.addColumn(l -> date(l.expiresAt())).setHeader(getTranslation("share.col.expires")).setAutoWidth(true);
        grid.addColumn(ShareLinksPanel::state).setHeader(getTranslation("share.col.state")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(new H3(getTranslation("share.title")),
                new Paragraph(getTranslation("share.text", shares.expiry().toDays())),
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
            Notifications.success(getTranslation("share.created"));
        } catch (org.rehabplan.schedule.ShareLinkService.NotFoundException e) {
            Notifications.error(getTranslation(e.key()));
        } catch (org.rehabplan.schedule.ScheduleService.NoSafeScheduleException e) {
            Notifications.error(getTranslation("api.share.noSafeSchedule"));
        }
        refresh();
    }

    private Button revokeButton(LinkSummary link) {
        Button revoke = new Button(getTranslation("share.revoke"), VaadinIcon.BAN.create());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setEnabled(link.state() == ShareLinkService.State.ACTIVE);
        revoke.getElement().setAttribute("aria-label", getTranslation("share.revoke.aria", date(link.createdAt())));
        revoke.addClickListener(e -> revoke(link));
        return revoke;
    }

    void revoke(LinkSummary link) {
        shares.revoke(patientId, link.id());
        Notifications.success(getTranslation("share.revoked"));
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
            case ACTIVE -> I18NProvider.translate("share.state.active");
            case EXPIRED -> I18NProvider.translate("share.state.expired");
            case REVOKED -> I18NProvider.translate("share.state.revoked", date(link.revokedAt()));
        };
    }

    private static String date(Instant at) {
        return at == null ? "" : DisplayFormats.date(at.atZone(ZoneId.systemDefault()).toLocalDate(),
                UI.getCurrent() == null ? Locale.UK : UI.getCurrent().getLocale());
    }
}
