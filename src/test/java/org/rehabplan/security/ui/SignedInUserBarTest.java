package org.rehabplan.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.rehabplan.caseload.ui.PatientListView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "therapist-bar", roles = "THERAPIST")
class SignedInUserBarTest extends SpringBrowserlessTest {

    @Test
    void everyPageShowsWhoIsSignedInAndASignOutButton() {
        navigate(PatientListView.class);
        assertThat($(Span.class).all()).extracting(Span::getText).contains("therapist-bar");
        assertThat($(Button.class).all()).extracting(Button::getText).contains("Sign out");
    }
}
