package org.rehabplan.schedule.ui;

import org.rehabplan.base.ui.ReasonLabels;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.rehabplan.base.ui.Notifications;
import org.rehabplan.plan.SavedPlan;
import org.rehabplan.schedule.ScheduleService;
import org.rehabplan.schedule.ScheduleTemplate.Medium;
import org.rehabplan.schedule.ScheduleTemplate.Page;
import org.rehabplan.schedule.ShareLinkService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A saved plan version as the patient will get it: Print (opens the print page with the browser's print dialog),
 * Download PDF, and share links; below, the schedule itself, rendered from the same template as the paper.
 */
@Route("patients/:patientId/plans/:versionId")
@PermitAll
@StyleSheet("styles/schedule-browser.css")
@StyleSheet("styles/schedule.css")
public class PlanVersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final ScheduleService schedules;
    private final ShareLinkService shares;
    private final String configuredShareBase;

    private final H2 title = new H2();
    private final Paragraph meta = new Paragraph();
    final Anchor print = new Anchor();
    final Anchor pdf = new Anchor();
    private final Button back = new Button(getTranslation("version.back"), VaadinIcon.ARROW_LEFT.create());
    final Div noSafePlan = new Div();
    private final Div content = new Div();
    ShareLinksPanel sharePanel;
    private SavedPlan saved;
    private long patientId;

    PlanVersionView(ScheduleService schedules, ShareLinkService shares,
                    @Value("${rehabplan.share.base-url:}") String configuredShareBase) {
        this.schedules = schedules;
        this.shares = shares;
        this.configuredShareBase = configuredShareBase;
        addClassName("rp-page");
        setWidthFull();
        linkButton(print, getTranslation("version.print"), VaadinIcon.PRINT, ButtonVariant.LUMO_PRIMARY);
        print.setTarget(AnchorTarget.BLANK);
        linkButton(pdf, getTranslation("version.pdf"), VaadinIcon.DOWNLOAD, ButtonVariant.LUMO_CONTRAST);
        pdf.getElement().setAttribute("download", true);
        back.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("patients/" + patientId + "/workspace")));
        noSafePlan.addClassName("rp-infeasible");
        noSafePlan.setVisible(false);
        content.setWidthFull();
        content.addClassName("rp-schedule-preview");
        HorizontalLayout toolbar = new HorizontalLayout(print, pdf, back);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        add(title, meta, toolbar, noSafePlan, content);
    }

    /** An anchor that looks like a button and bypasses the Vaadin router (it leads to a page or a file). */
    private static void linkButton(Anchor anchor, String text, VaadinIcon icon, ButtonVariant variant) {
        Button button = new Button(text, icon.create());
        button.addThemeVariants(variant);
        button.setTabIndex(-1); // the anchor takes the focus and the keyboard
        anchor.add(button);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("aria-label", text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> patientId = event.getRouteParameters().getLong("patientId");
        Optional<Long> versionId = event.getRouteParameters().getLong("versionId");
        saved = patientId.isPresent() && versionId.isPresent()
                ? schedules.savedPlan(patientId.get(), versionId.get()).orElse(null) : null;
        if (saved == null) {
            Notifications.error(getTranslation("version.not.found"));
            event.forwardTo("patients");
            return;
        }
        show(patientId.get(), versionId.get());
    }

    private void show(long patientId, long versionId) {
        title.setText(getTranslation("version.title", saved.profile().label()));
        meta.setText(getTranslation("version.meta", saved.version().getVersionNumber(),
                DateTimeFormatter.ofPattern(getTranslation("format.date.time"), getLocale())
                        .format(saved.version().getCreatedAt().atZone(ZoneId.systemDefault())),
                saved.version().getCreatedBy(), saved.plan().weeks().size()));
        this.patientId = patientId;
        String page = ScheduleService.pagePath(patientId, versionId);
        content.removeAll();
        if (sharePanel != null) {
            remove(sharePanel);
        }
        if (!ScheduleService.printable(saved)) {
            print.setEnabled(false);
            pdf.setEnabled(false);
            noSafePlan.removeAll();
            noSafePlan.add(new Paragraph(getTranslation("version.no.safe")));
            UnorderedList conflicts = new UnorderedList();
            if (saved.plan().conflicts() != null) {
                ReasonLabels.of(saved.plan().conflicts()).forEach(c -> conflicts.add(new ListItem(c)));
            }
            noSafePlan.add(conflicts);
            noSafePlan.setVisible(true);
            return;
        }
        print.setHref(page + "?print");
        pdf.setHref(page + ".pdf");
        sharePanel = new ShareLinksPanel(shares, patientId, versionId, shareBase());
        addComponentAtIndex(indexOf(content), sharePanel);
        content.add(new H3(getTranslation("version.patient.gets")),
                new Html(schedules.html(saved, new Page(Medium.EMBEDDED, "", null, false))));
    }

    /** Absolute address for share links: {@code rehabplan.share.base-url} behind a proxy, else this request's. */
    private String shareBase() {
        if (configuredShareBase != null && !configuredShareBase.isBlank()) {
            return configuredShareBase.replaceAll("/+$", "");
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "" : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .build().toUriString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("version.page.title", saved == null ? "" : saved.profile().label());
    }
}
