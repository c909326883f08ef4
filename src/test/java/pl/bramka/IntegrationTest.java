package pl.bramka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.bramka.accounting.AccountingStub;
import pl.bramka.payment.FailingStatusListener;

/**
 * Base of every test that needs the application: one Spring context for the whole suite (so one embedded
 * PostgreSQL), served on a random port, with a real SMTP server (GreenMail) receiving its e-mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({Fixtures.class, SettledSales.class, FailingStatusListener.class, MutableClock.class})
public abstract class IntegrationTest {

    protected static final GreenMail MAIL = startMailServer();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("bramka.accounting.base-url", AccountingStub::baseUrl);
    }

    /** Sign-in throttling and rate limits count per client address, and every test signs in from 127.0.0.1. */
    @BeforeEach
    void forgetFailedSignIns() {
        jdbc.sql("delete from sign_in_failure").update();
        jdbc.sql("delete from sign_in_lock").update();
        jdbc.sql("delete from rate_limit_window").update();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * On a port chosen once, not on port 0 at every start, so that a test can stop the server (a mail server that is
     * down) and start it again where the application sends its mail.
     */
    private static GreenMail startMailServer() {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }
}
