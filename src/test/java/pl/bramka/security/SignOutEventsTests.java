package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.IntegrationTest;
import pl.bramka.user.Role;
import pl.bramka.user.SessionSignedOut;
import pl.bramka.user.SignedInUser;

/** Signing out is published for the audit log, with the user and their merchant. */
@RecordApplicationEvents
class SignOutEventsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Test
    void signingOutPublishesSessionSignedOut() throws Exception {
        SignedInUser user = fixtures.signedIn(fixtures.merchantWithAllRoles().email(Role.FINANCE_ACTIVE));

        mvc.perform(post("/logout").with(csrf()).with(user(user)).header("User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"));

        assertThat(events.stream(SessionSignedOut.class)).singleElement().satisfies(signedOut -> {
            assertThat(signedOut.userId()).isEqualTo(user.id());
            assertThat(signedOut.merchantId()).isEqualTo(user.merchantId());
            assertThat(signedOut.count()).isEqualTo(1);
        });
    }

    @Test
    void devicesAreNamedByBrowserAndSystemOnly() {
        assertThat(SessionDetails.device("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                + "Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge / Windows");
        assertThat(SessionDetails.device("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari / iOS");
        assertThat(SessionDetails.device(null)).isEqualTo("?");
    }
}
