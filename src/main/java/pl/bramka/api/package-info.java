/**
 * The integration API: imoje's REST API under {@code /v1/merchant/{merchantId}/…} for shops' servers and their
 * plugins (create a sale, read it, refund it, ask what can be refunded, read the shop and its methods). A bearer
 * token acts for exactly one shop; every answer, errors included, is compact JSON in imoje's shapes
 * ({@code apiErrorResponse} for errors), never a redirect or a page. The transaction object comes from
 * {@link pl.bramka.payment.TransactionWireFormat}, so API responses and notifications carry the same bytes.
 * {@code /v3/api-docs} and Swagger UI describe this module only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration API", allowedDependencies = {"payment",
        "shop", "integration", "link", "invoice", "shared"})
package pl.bramka.api;
