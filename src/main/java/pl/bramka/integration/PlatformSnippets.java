package pl.bramka.integration;

/**
 * The configuration snippets the platforms page shows for plugins that cannot be pointed at Bramka in their
 * settings, with this Bramka's address filled in. docs/platforms.md explains them and gives the class they name.
 */
final class PlatformSnippets {

    private PlatformSnippets() {
    }

    /** BitBag's Sylius paywall plugin: its payer redirect replaced by one to Bramka's paywall. */
    static String syliusPaywallOverride(String paywallUrl) {
        return """
                services:
                    bitbag.sylius.provider.order_pay.http_response.imoje_paywall.capture:
                        class: App\\Payment\\BramkaPaywallRedirect
                        arguments: ['%s']
                        tags:
                            - name: bitbag.sylius.provider.order_pay.http_response.imoje_paywall
                              action: !php/const Sylius\\Component\\Payment\\Model\\PaymentRequestInterface::ACTION_CAPTURE
                """.formatted(paywallUrl);
    }

    /** routegroup/laravel-imoje: every request Laravel's HTTP client sends to imoje's API goes to Bramka's. */
    static String laravelMiddleware(String bramkaUrl) {
        return """
                use GuzzleHttp\\Psr7\\Uri;
                use Illuminate\\Support\\Facades\\Http;
                use Psr\\Http\\Message\\RequestInterface;

                Http::globalRequestMiddleware(function (RequestInterface $request) {
                    $uri = $request->getUri();
                    if (! in_array($uri->getHost(), ['api.imoje.pl', 'sandbox.api.imoje.pl'], true)) {
                        return $request;
                    }
                    $bramka = new Uri(rtrim(config('services.bramka.url', '%s'), '/'));
                    return $request->withUri($uri->withScheme($bramka->getScheme())
                        ->withHost($bramka->getHost())->withPort($bramka->getPort())
                        ->withPath($bramka->getPath() . $uri->getPath()));
                });
                """.formatted(bramkaUrl);
    }
}
