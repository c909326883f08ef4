package pl.bramka.accounting;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The stand-in for ING Księgowość's public API: one WireMock server on a free port for the whole test run, whose
 * address {@code IntegrationTest} gives the application as {@code bramka.accounting.base-url}.
 */
public final class AccountingStub {

    private static WireMockServer server;

    private AccountingStub() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            server.start();
        }
        return server;
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + server().port();
    }
}
