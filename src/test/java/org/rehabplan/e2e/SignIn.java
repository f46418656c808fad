package org.rehabplan.e2e;

import com.microsoft.playwright.Page;

/** Signs in as the test therapist when the app shows its login page. */
final class SignIn {

    static final String USERNAME = "e2e-therapist";
    static final String PASSWORD = "e2e-password-123";

    private SignIn() {
    }

    static void ifAsked(Page page) {
        ifAsked(page, USERNAME, PASSWORD);
    }

    static void ifAsked(Page page, String username, String password) {
        page.waitForLoadState();
        if (page.url().contains("/login")) {
            // exact: the password field's "Show password" button also has "password" in its label
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Log in")).click();
            page.waitForURL(url -> !url.contains("/login"));
        }
    }
}
