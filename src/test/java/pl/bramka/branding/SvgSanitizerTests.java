package pl.bramka.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgSanitizerTests {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 100 40\" width=\"100\" height=\"40\"";

    @Test
    void scriptsEventHandlersAndForeignContentAreRemovedShapesKept() {
        String svg = OPEN + " onload=\"alert(1)\">"
                + "<script>alert('script')</script>"
                + "<script xlink:href=\"https://evil.example/x.js\"/>"
                + "<foreignObject width=\"10\" height=\"10\"><body xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<iframe src=\"https://evil.example\"/></body></foreignObject>"
                + "<rect x=\"1\" y=\"2\" width=\"30\" height=\"20\" fill=\"#1d4f91\" onclick=\"steal()\"/>"
                + "<circle cx=\"50\" cy=\"20\" r=\"10\" stroke=\"#000\" onmouseover=\"steal()\"/>"
                + "<path d=\"M0 0 L10 10\"/>"
                + "<text x=\"60\" y=\"25\" font-family=\"Arial\">Sklep &amp; Co</text>"
                + "</svg>";

        String clean = sanitize(svg);

        assertThat(clean).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onload")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("onmouseover")
                .doesNotContain("foreignObject").doesNotContain("iframe").doesNotContain("alert")
                .doesNotContain("evil.example");
        assertThat(clean).contains("<rect", "x=\"1\"", "fill=\"#1d4f91\"", "<circle", "r=\"10\"",
                "<path d=\"M0 0 L10 10\"", "<text", "Sklep &amp; Co", "viewBox=\"0 0 100 40\"");
        assertThat(clean).contains("xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void aDeeplyNestedSvgIsRefusedWithItsOwnMessage() {
        int depth = 60_000;
        String svg = OPEN + ">" + "<g>".repeat(depth) + "<rect width=\"1\" height=\"1\"/>" + "</g>".repeat(depth)
                + "</svg>";
        assertThat(svg.length()).isLessThan(512 * 1024);

        assertThatThrownBy(() -> sanitize(svg)).isInstanceOfSatisfying(LogoRejected.class,
                rejected -> assertThat(rejected.messageKey()).isEqualTo("branding.logo.svgTooDeep"));
    }

    @Test
    void nestingUpToTheLimitIsKept() {
        // the root is the first level and the rectangle the last
        String svg = OPEN + ">" + "<g>".repeat(SvgSanitizer.MAX_DEPTH - 2) + "<rect width=\"1\" height=\"1\"/>"
                + "</g>".repeat(SvgSanitizer.MAX_DEPTH - 2) + "</svg>";

        assertThat(sanitize(svg)).contains("<rect");
    }

    @Test
    void onlyReferencesInsideTheDocumentSurvive() {
        String svg = OPEN + ">"
                + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient>"
                + "<path id=\"shape\" d=\"M0 0h10v10z\"/></defs>"
                + "<a xlink:href=\"javascript:alert(1)\"><rect width=\"5\" height=\"5\"/></a>"
                + "<use xlink:href=\"javascript:alert(2)\"/>"
                + "<use href=\" JavaScript:alert(3)\"/>"
                + "<use xlink:href=\"https://evil.example/sprite.svg#icon\"/>"
                + "<use href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>"
                + "<use xlink:href=\"#shape\" x=\"20\"/>"
                + "<image href=\"https://evil.example/track.png\" width=\"1\" height=\"1\"/>"
                + "<rect width=\"10\" height=\"10\" fill=\"url(#g)\"/>"
                + "<rect width=\"10\" height=\"10\" fill=\"url(https://evil.example/x.svg#g)\"/>"
                + "<rect width=\"10\" height=\"10\" filter=\"url( 'https://evil.example/f.svg#f' )\"/>"
                + "</svg>";

        String clean = sanitize(svg);

        assertThat(clean).doesNotContainIgnoringCase("javascript").doesNotContain("evil.example")
                .doesNotContain("data:").doesNotContain("<image").doesNotContain("<a ");
        assertThat(clean).contains("xlink:href=\"#shape\"", "fill=\"url(#g)\"", "<linearGradient id=\"g\"");
    }

    @Test
    void dangerousStylesAreDroppedHarmlessOnesKept() {
        String svg = OPEN + ">"
                + "<style>rect { fill: url(https://evil.example/track) }</style>"
                + "<style>@import 'https://evil.example/x.css';</style>"
                + "<style><![CDATA[ .brand { fill: #1d4f91 } ]]></style>"
                + "<rect class=\"brand\" width=\"1\" height=\"1\" style=\"background:url(https://evil.example/x)\"/>"
                + "<rect width=\"2\" height=\"2\" style=\"width: expression(alert(1))\"/>"
                + "<rect width=\"3\" height=\"3\" style=\"fill: u\\72 l(https://evil.example/x)\"/>"
                + "<rect width=\"4\" height=\"4\" style=\"fill:#ff0000;stroke:#000\"/>"
                + "</svg>";

        String clean = sanitize(svg);

        assertThat(clean).doesNotContain("evil.example").doesNotContain("expression").doesNotContain("@import")
                .doesNotContain("\\72");
        assertThat(clean).contains(".brand { fill: #1d4f91 }", "style=\"fill:#ff0000;stroke:#000\"",
                "width=\"1\"", "width=\"2\"", "width=\"3\"");
    }

    @Test
    void elementsAndAttributesOfOtherNamespacesAreRemoved() {
        String svg = OPEN + " xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\""
                + " xmlns:html=\"http://www.w3.org/1999/xhtml\" sodipodi:docname=\"logo.svg\">"
                + "<sodipodi:namedview id=\"view\"/>"
                + "<html:script>alert(1)</html:script>"
                + "<!-- a comment --><?processing instruction?>"
                + "<g><rect width=\"1\" height=\"1\"/></g></svg>";

        String clean = sanitize(svg);

        assertThat(clean).doesNotContain("sodipodi").doesNotContain("script").doesNotContain("comment")
                .doesNotContain("processing").doesNotContain("xhtml");
        assertThat(clean).contains("<g>", "<rect");
    }

    @Test
    void externalEntitiesAreRefusedWithoutReadingTheFile(@TempDir Path directory) throws IOException {
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String svg = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + OPEN + "><text>&xxe;</text></svg>";

        assertThatThrownBy(() -> SvgSanitizer.sanitize(svg.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(LogoRejected.class, rejected -> {
                    assertThat(rejected.messageKey()).isEqualTo("branding.logo.svgInvalid");
                    assertThat(rejected.getMessage()).doesNotContain("TOP-SECRET");
                });
    }

    @Test
    void externalDtdsAndEntityExpansionAreRefused() {
        String externalDtd = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://127.0.0.1:9/svg11.dtd\">"
                + OPEN + "/>";
        String laughs = "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + OPEN + "><text>&c;</text></svg>";
        String parameterEntity = "<!DOCTYPE svg [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/x.dtd\"> %remote;]>"
                + OPEN + "/>";

        for (String svg : new String[] {externalDtd, laughs, parameterEntity}) {
            assertThatThrownBy(() -> SvgSanitizer.sanitize(svg.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(LogoRejected.class).hasMessage("branding.logo.svgInvalid");
        }
    }

    @Test
    void aDocumentThatIsNotAnSvgIsRefused() {
        assertThatThrownBy(() -> SvgSanitizer.sanitize("<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(LogoRejected.class).hasMessage("branding.logo.svgRoot");
        assertThatThrownBy(() -> SvgSanitizer.sanitize("<svg viewBox=\"0 0 1 1\"/>".getBytes(StandardCharsets.UTF_8)))
                .as("no SVG namespace").isInstanceOf(LogoRejected.class).hasMessage("branding.logo.svgRoot");
        assertThatThrownBy(() -> SvgSanitizer.sanitize("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                .getBytes(StandardCharsets.UTF_8))).as("not well-formed").isInstanceOf(LogoRejected.class)
                .hasMessage("branding.logo.svgInvalid");
    }

    @Test
    void theResultParsesAgainAndIsStable() {
        String once = sanitize(OPEN + "><rect width=\"1\" height=\"1\" fill=\"url(#g)\"/><use xlink:href=\"#r\"/></svg>");
        String twice = sanitize(once);
        assertThat(twice).isEqualTo(once);
    }

    private static String sanitize(String svg) {
        return new String(SvgSanitizer.sanitize(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
