package pl.bramka.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/** Who may use the branding routes, what they answer, and that refused input changes nothing. */
class BrandingRoutesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ShopManagement shopManagement;

    TestMerchant merchant;
    UUID serviceId;
    SignedInUser representative;

    @BeforeEach
    void shop() {
        merchant = fixtures.merchantWithAllRoles();
        serviceId = shopManagement.register(merchant.id(), "Sklep z logo", "https://sklep.example.com");
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
    }

    @Test
    void financeUsersAreRefusedEveryBrandingRoute() throws Exception {
        for (Role role : List.of(Role.FINANCE_ACTIVE, Role.FINANCE_PASSIVE)) {
            SignedInUser finance = fixtures.signedIn(merchant.email(role));
            for (AbstractMockHttpServletRequestBuilder<?> request : everyRoute(serviceId)) {
                MockHttpServletResponse response = mvc.perform(request.with(user(finance)).with(csrf())).andReturn()
                        .getResponse();
                assertThat(response.getStatus()).as(role + " " + describe(request)).isEqualTo(403);
            }
        }
        assertThat(colourRows()).isZero();
        assertThat(changeRows()).isZero();
    }

    @Test
    void anotherMerchantsShopIsNotFound() throws Exception {
        TestMerchant other = fixtures.merchantWithAllRoles();
        for (Role role : List.of(Role.REPRESENTATIVE, Role.TECHNICAL)) {
            SignedInUser stranger = fixtures.signedIn(other.email(role));
            for (AbstractMockHttpServletRequestBuilder<?> request : everyRoute(serviceId)) {
                MockHttpServletResponse response = mvc.perform(request.with(user(stranger)).with(csrf())).andReturn()
                        .getResponse();
                assertThat(response.getStatus()).as(role + " " + describe(request)).isEqualTo(404);
            }
        }
        assertThat(colourRows()).isZero();
        assertThat(changeRows()).isZero();
        assertThat(logoRows()).isZero();
    }

    @Test
    void technicalUsersMayUseTheTab() throws Exception {
        SignedInUser technical = fixtures.signedIn(merchant.email(Role.TECHNICAL));
        assertThat(perform(get(tab()), technical).getStatus()).isEqualTo(200);
        MockHttpServletResponse saved = perform(post(tab() + "/colors").params(colours("#123456")), technical);
        assertThat(saved.getRedirectedUrl()).isEqualTo(tab());
        assertThat(jdbc.sql("select value from shop_brand_color where service_id = ? and color_key = 'buttons'")
                .param(serviceId).query(String.class).single()).isEqualTo("#123456");
    }

    @Test
    void savedColoursAreRecordedInTheHistoryAndOnlyChangesAreStored() throws Exception {
        perform(post(tab() + "/colors").params(colours("#ABC")), representative);

        assertThat(jdbc.sql("select color_key || '=' || value from shop_brand_color where service_id = ?")
                .param(serviceId).query(String.class).list()).containsExactly("buttons=#aabbcc");
        assertThat(jdbc.sql("select field || ':' || old_value || '>' || new_value from shop_change "
                + "where service_id = ?").param(serviceId).query(String.class).list())
                .containsExactly("color.buttons:#0a58ca>#aabbcc");

        perform(post(tab() + "/reset"), representative);
        assertThat(colourRows()).isZero();
        assertThat(changeRows()).isEqualTo(2);
    }

    @Test
    void invalidColoursAreRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        var params = colours("#12345");
        params.set("info", "red;}body{background:url(//evil.example)");
        params.remove("spinner");

        MockHttpServletResponse response = perform(post(tab() + "/colors").params(params), representative);

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("id=\"color-buttons-error\"", "id=\"color-info-error\"",
                "id=\"color-spinner-error\"").doesNotContain("id=\"color-main-error\"");
        assertThat(html).contains("Formularz zawiera błędy");
        assertThat(colourRows()).isZero();
        assertThat(changeRows()).isZero();
    }

    @Test
    void thePreviewMayBeFramedByThePanelOnlyAndEverythingElseNot() throws Exception {
        MockHttpServletResponse preview = perform(get(tab() + "/preview"), representative);
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(preview.getHeader("Content-Security-Policy")).contains("frame-ancestors 'self'")
                .contains("form-action 'none'").contains("default-src 'self'").doesNotContain("unsafe");

        MockHttpServletResponse tab = perform(get(tab()), representative);
        assertThat(tab.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(tab.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .contains("form-action 'self'");
        MockHttpServletResponse theme = perform(get(tab() + "/theme.css"), representative);
        assertThat(theme.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void thePreviewShowsTheSampleInTheUsersLanguageWithTheTypedColours() throws Exception {
        MockHttpServletResponse polish = perform(get(tab() + "/preview").param("buttons", "#ABC")
                .param("main", "not-a-colour"), representative);
        String html = polish.getContentAsString();
        assertThat(html).contains("lang=\"pl\"", "Zapłać 123,45\u00a0zł", "ZAM/2026/0042", "Kod BLIK",
                "Sklep z logo");
        assertThat(html).contains("/theme.css?main=%231d4f91&amp;buttons=%23aabbcc");

        MockHttpServletResponse english = perform(get(tab() + "/preview").locale(java.util.Locale.ENGLISH)
                .param("lang", "en"), representative);
        assertThat(english.getContentAsString()).contains("lang=\"en\"", "Pay PLN\u00a0123.45");
    }

    @Test
    void theThemeOnlyEverContainsNormalisedColours() throws Exception {
        perform(post(tab() + "/colors").params(colours("#0b6e4f")), representative);

        MockHttpServletResponse theme = perform(get(tab() + "/theme.css").param("main", "#FFF")
                .param("info", "#000;} body { background: url(//evil.example) }"), representative);

        assertThat(theme.getContentType()).isEqualTo("text/css;charset=UTF-8");
        assertThat(theme.getContentAsString()).contains("--brand-main: #ffffff;", "--brand-buttons: #0b6e4f;",
                "--brand-info: #055160;").doesNotContain("evil");
    }

    @Test
    void contrastWarningsNameTheColourAndTheRatio() throws Exception {
        String warnings = perform(get(tab() + "/contrast").param("buttons", "#ffff00").param("info", "#777"),
                representative).getContentAsString();

        assertThat(warnings).contains("id=\"contrast-warnings\"", "„Przyciski” (#ffff00)", "1,07:1",
                "„Boksy informacyjne” (#777777)", "4,48:1", "4,5:1").doesNotContain("<html");
        assertThat(perform(get(tab() + "/contrast"), representative).getContentAsString())
                .doesNotContain("alert-warning");
    }

    @Test
    void aPngLogoIsStoredAndServedWithItsTypeAndNosniff() throws Exception {
        byte[] png = BrandingLogoCheckTests.image("png", 120, 40);

        MockHttpServletResponse upload = perform(multipart(tab() + "/logo")
                .file(new MockMultipartFile("logo", "logo.png", "image/png", png)), representative);
        assertThat(upload.getRedirectedUrl()).isEqualTo(tab());

        MockHttpServletResponse logo = perform(get(tab() + "/logo"), representative);
        assertThat(logo.getContentType()).isEqualTo("image/png");
        assertThat(logo.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(logo.getContentAsByteArray()).isEqualTo(png);
        assertThat(jdbc.sql("select field || ':' || new_value from shop_change where service_id = ?")
                .param(serviceId).query(String.class).single()).matches("logo:PNG \\d+ KB \\([0-9a-f]{12}\\)");
    }

    @Test
    void anSvgLogoIsServedSanitisedUnderItsOwnPolicy() throws Exception {
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script>"
                + "<rect width=\"10\" height=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8);
        perform(multipart(tab() + "/logo").file(new MockMultipartFile("logo", "logo.svg", "image/svg+xml", svg)),
                representative);

        MockHttpServletResponse logo = perform(get(tab() + "/logo"), representative);

        assertThat(logo.getContentType()).isEqualTo("image/svg+xml");
        assertThat(logo.getHeaders("Content-Security-Policy"))
                .containsExactly("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(logo.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(logo.getContentAsString()).contains("<rect").doesNotContain("script").doesNotContain("onload");
    }

    @Test
    void refusedLogosChangeNothingAndSayWhy() throws Exception {
        MockHttpServletResponse fake = perform(multipart(tab() + "/logo").file(new MockMultipartFile("logo",
                "logo.png", "image/png", "just text".getBytes(StandardCharsets.UTF_8))), representative);
        assertThat(fake.getStatus()).isEqualTo(200);
        assertThat(fake.getContentAsString()).contains("Ten plik nie jest obrazem PNG, JPEG ani SVG.")
                .contains("aria-describedby=\"logo-hint logo-error\"");

        MockHttpServletResponse large = perform(multipart(tab() + "/logo").file(new MockMultipartFile("logo",
                "logo.png", "image/png", new byte[600 * 1024])), representative);
        assertThat(large.getContentAsString()).contains("Plik ma 600 KB, a logo może mieć najwyżej 512 KB.");

        MockHttpServletResponse none = perform(multipart(tab() + "/logo"), representative);
        assertThat(none.getContentAsString()).contains("Wybierz plik z logo.");

        assertThat(logoRows()).isZero();
        assertThat(changeRows()).isZero();
    }

    @Test
    void removingTheLogoAsksFirstThenRecordsIt() throws Exception {
        perform(multipart(tab() + "/logo").file(new MockMultipartFile("logo", "logo.png", "image/png",
                BrandingLogoCheckTests.image("png", 10, 10))), representative);

        assertThat(perform(get(tab() + "/logo/delete"), representative).getContentAsString()).contains("Usunąć logo?");
        assertThat(logoRows()).isOne();
        perform(post(tab() + "/logo/delete"), representative);

        assertThat(logoRows()).isZero();
        assertThat(perform(get(tab() + "/logo"), representative).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from shop_change where service_id = ? and field = 'logo' "
                + "and new_value is null").param(serviceId).query(Integer.class).single()).isOne();
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, SignedInUser principal)
            throws Exception {
        return mvc.perform(request.with(user(principal)).with(csrf())).andReturn().getResponse();
    }

    private String tab() {
        return "/shops/" + serviceId + "/branding";
    }

    private static List<AbstractMockHttpServletRequestBuilder<?>> everyRoute(UUID serviceId) {
        String tab = "/shops/" + serviceId + "/branding";
        return List.<AbstractMockHttpServletRequestBuilder<?>>of(get(tab), post(tab + "/colors").params(colours("#000000")), get(tab + "/reset"),
                post(tab + "/reset"), get(tab + "/logo"), multipart(tab + "/logo").file(new MockMultipartFile("logo",
                        "logo.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(
                                StandardCharsets.UTF_8))),
                get(tab + "/logo/delete"), post(tab + "/logo/delete"), get(tab + "/preview"), get(tab + "/theme.css"),
                get(tab + "/contrast"));
    }

    private static org.springframework.util.LinkedMultiValueMap<String, String> colours(String buttons) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (BrandColor color : BrandColor.values()) {
            params.add(color.key(), color.defaultValue().value());
        }
        params.set("buttons", buttons);
        return params;
    }

    private static String describe(AbstractMockHttpServletRequestBuilder<?> request) {
        var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
        return built.getMethod() + " " + built.getRequestURI();
    }

    private int colourRows() {
        return jdbc.sql("select count(*) from shop_brand_color where service_id = ?").param(serviceId)
                .query(Integer.class).single();
    }

    private int changeRows() {
        return jdbc.sql("select count(*) from shop_change where service_id = ?").param(serviceId)
                .query(Integer.class).single();
    }

    private int logoRows() {
        return jdbc.sql("select count(*) from shop_logo where service_id = ?").param(serviceId)
                .query(Integer.class).single();
    }
}
