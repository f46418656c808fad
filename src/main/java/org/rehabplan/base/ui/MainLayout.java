package org.rehabplan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.rehabplan.base.CurrentUser;

/** The app frame: a side navigation built from the views' {@code @Menu} annotations, the user and sign-out. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        Div brand = new Div(new Span("RehabPlan"));
        brand.addClassName("rp-brand");
        addToNavbar(new DrawerToggle(), userBar(authentication), languageSwitch());
        addToDrawer(brand, new Scroller(navigation()));
    }

    /** Every page's content sits in one {@code <main>} landmark, so screen-reader users can jump straight to it. */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        Main main = new Main();
        main.addClassName("rp-main");
        main.getElement().appendChild(content.getElement());
        setContent(main);
    }

    private static HorizontalLayout userBar(AuthenticationContext authentication) {
        Span user = new Span(VaadinIcon.USER.create(), new Span(CurrentUser.name()));
        user.addClassName("rp-user");
        Button signOut = new Button(I18NProvider.translate("menu.sign.out"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button password = new Button(I18NProvider.translate("menu.change.password"), VaadinIcon.KEY.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(user, password, signOut);
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        bar.addClassName("rp-user-bar");
        return bar;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    /** A page's menu title in the screen's language: {@code menu.<path>} in the bundle (the path's slashes as dots). */
    private static SideNavItem item(MenuEntry entry) {
        String title = I18NProvider.translate("menu." + entry.path().replaceFirst("^/", "").replace('/', '.'));
        return entry.icon() == null ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    /**
     * The screens follow the browser's language when the app has it; this switch overrides it for the rest of the
     * session (every tab: the locale is kept in the Vaadin session) and reloads the page in the chosen language.
     */
    private static Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        List<Locale> offered = VaadinService.getCurrent().getInstantiator().getI18NProvider().getProvidedLocales();
        language.setItems(offered);
        language.setItemLabelGenerator(l -> I18NProvider.translate(l, "language.name"));
        language.setAriaLabel(I18NProvider.translate("menu.language"));
        language.setTooltipText(I18NProvider.translate("menu.language"));
        language.addClassName("rp-language");
        Locale current = UI.getCurrent().getLocale();
        offered.stream().filter(l -> l.getLanguage().equals(current.getLanguage())).findFirst()
                .ifPresent(language::setValue);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return language;
    }
}
