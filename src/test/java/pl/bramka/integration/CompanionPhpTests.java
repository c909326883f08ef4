package pl.bramka.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.bramka.integration.PhpCli.Run;

/**
 * The companions as PHP runs them: they parse, and their test scripts (integrations/…/tests/) show that a library
 * with the shape of imoje's payment-core is pointed at Bramka, that a changed one is left alone with a notice, and
 * that without the imoje plugin the page still renders.
 */
class CompanionPhpTests {

    private static final Path WOOCOMMERCE = Path.of("integrations/woocommerce/bramka-imoje.php");
    private static final Path WOOCOMMERCE_TEST = Path.of("integrations/woocommerce/tests/companion-test.php");
    private static final Path PRESTASHOP = Path.of("integrations/prestashop/bramkaimoje/bramkaimoje.php");
    private static final Path PRESTASHOP_TEST = Path.of("integrations/prestashop/tests/module-test.php");
    private static final Path FAKE_LIBRARY = Path.of("integrations/woocommerce/tests");

    @Test
    void everyCompanionFileParses() {
        for (Path file : new Path[] {WOOCOMMERCE, PRESTASHOP, WOOCOMMERCE_TEST, PRESTASHOP_TEST,
                FAKE_LIBRARY.resolve("fake-payment-core.php"), FAKE_LIBRARY.resolve("fake-payment-core-changed.php")}) {
            PhpCli.assertLints(file);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"present", "changed", "absent"})
    void theWooCommerceCompanionRewritesTheLibraryOrLeavesThePageWorking(String scenario) {
        Run run = PhpCli.run(WOOCOMMERCE_TEST.toString(), scenario, WOOCOMMERCE.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("FAILED", "Fatal", "Warning", "Deprecated")
                .contains("page rendered to the end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"present", "absent"})
    void thePrestaShopModuleRewritesTheLibraryOrSaysItIsMissing(String scenario) {
        Run run = PhpCli.run(PRESTASHOP_TEST.toString(), scenario, PRESTASHOP.toString(), FAKE_LIBRARY.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("FAILED", "Fatal", "Warning", "Deprecated")
                .contains("page rendered to the end");
    }
}
