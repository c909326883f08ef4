package pl.bramka.api;

/** Example bodies for {@code /v3/api-docs}, in the key order real plugins send and Bramka answers. */
final class ApiExamples {

    static final String CREATE_BLIK = """
            {"type":"sale","serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","amount":12999,"currency":"PLN",\
            "orderId":"12345","title":"Zamówienie 12345","paymentMethod":"blik","paymentMethodCode":"blik",\
            "successReturnUrl":"https://sklep.example.com/success","failureReturnUrl":"https://sklep.example.com/failure",\
            "clientIp":"203.0.113.7","customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com"},\
            "notificationUrl":"https://sklep.example.com/imoje/notify","blikCode":"777123"}""";

    static final String CREATE_BANK = """
            {"type":"sale","serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","amount":12999,"currency":"PLN",\
            "orderId":"12345","title":"12345","paymentMethod":"pbl","paymentMethodCode":"mtransfer",\
            "successReturnUrl":"https://sklep.example.com/success","failureReturnUrl":"https://sklep.example.com/failure",\
            "clientIp":"203.0.113.7","customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com"},\
            "notificationUrl":"https://sklep.example.com/imoje/notify"}""";

    static final String CREATED = """
            {"transaction":{"id":"0f4b1c83-9d11-4f5a-9a57-3c1c1f1fb9d2","type":"sale","status":"settled",\
            "source":"api","created":1764000000,"modified":1764000001,\
            "notificationUrl":"https://sklep.example.com/imoje/notify",\
            "serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","amount":12999,"currency":"PLN",\
            "title":"Zamówienie 12345","orderId":"12345","paymentMethod":"blik","paymentMethodCode":"blik",\
            "blikTransactionId":"482913650172"},"action":{"type":"redirect",\
            "url":"https://bramka.example.com/pay/5b0e7c55-4f5d-4c47-8c1e-0d6c8a3f2b10","method":"GET",\
            "contentType":"","contentBodyRaw":""}}""";

    static final String FETCHED = """
            {"transaction":{"id":"0f4b1c83-9d11-4f5a-9a57-3c1c1f1fb9d2","type":"sale","status":"settled",\
            "source":"api","created":1764000000,"modified":1764000001,"notificationUrl":"",\
            "serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","amount":12999,"currency":"PLN","title":"12345",\
            "orderId":"12345","paymentMethod":"blik","paymentMethodCode":"blik","blikTransactionId":"482913650172",\
            "payment":{"id":"5b0e7c55-4f5d-4c47-8c1e-0d6c8a3f2b10","status":"settled"},\
            "refunds":[{"transaction":{"id":"9a3e52a1-07c4-4d55-a3a1-5b7f0f4d8e61","type":"refund",\
            "status":"settled","source":"api","created":1764003600,"modified":1764003600,"notificationUrl":"",\
            "serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","amount":2999,"currency":"PLN","title":"",\
            "orderId":"12345","paymentMethod":"blik","paymentMethodCode":"blik"}}]}}""";

    static final String CREATE_LINK = """
            {"serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","amount":12999,"currency":"PLN","orderId":"12345",\
            "title":"12345","returnUrl":"https://sklep.example.com/checkout",\
            "successReturnUrl":"https://sklep.example.com/order/12345","failureReturnUrl":"https://sklep.example.com/order/12345",\
            "customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com","phone":"500600700"},\
            "notificationUrl":"https://sklep.example.com/imoje/notify","visibleMethod":["card","blik"]}""";

    static final String LINK_CREATED = """
            {"payment":{"id":"5b0e7c55-4f5d-4c47-8c1e-0d6c8a3f2b10",\
            "url":"https://bramka.example.com/pay/5b0e7c55-4f5d-4c47-8c1e-0d6c8a3f2b10",\
            "serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","orderId":"12345","title":"12345","simp":"",\
            "amount":12999,"currency":"PLN","returnUrl":"https://sklep.example.com/checkout",\
            "successReturnUrl":"https://sklep.example.com/order/12345",\
            "failureReturnUrl":"https://sklep.example.com/order/12345",\
            "customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com","phone":"500600700"},\
            "isActive":true,"validTo":null,"created":1764000000,"modified":1764000000}}""";

    static final String LINK_STATED = """
            {"id":"5b0e7c55-4f5d-4c47-8c1e-0d6c8a3f2b10",\
            "url":"https://bramka.example.com/pay/5b0e7c55-4f5d-4c47-8c1e-0d6c8a3f2b10",\
            "serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","orderId":"12345","title":"12345","simp":"",\
            "amount":12999,"currency":"PLN","returnUrl":"https://sklep.example.com/checkout",\
            "successReturnUrl":"https://sklep.example.com/order/12345",\
            "failureReturnUrl":"https://sklep.example.com/order/12345",\
            "customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com","phone":"500600700"},\
            "isActive":false,"validTo":null,"created":1764000000,"modified":1764000090,"status":"settled",\
            "isGenerated":true,"isUsed":true,"usedAt":1764000060,"isConfirmVisited":true,\
            "confirmVisitedAt":1764000055,"notificationUrl":"https://sklep.example.com/imoje/notify",\
            "transactions":[{"id":"0f4b1c83-9d11-4f5a-9a57-3c1c1f1fb9d2","type":"sale","status":"settled",\
            "source":"web","created":1764000060,"modified":1764000090,\
            "notificationUrl":"https://sklep.example.com/imoje/notify",\
            "serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","amount":12999,"currency":"PLN","title":"12345",\
            "orderId":"12345","paymentMethod":"blik","paymentMethodCode":"blik","blikTransactionId":"482913650172"}]}""";

    static final String CANCEL_LINK = """
            {"serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","paymentId":"5b0e7c55-4f5d-4c47-8c1e-0d6c8a3f2b10"}""";

    static final String REFUND = """
            {"type":"refund","serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","amount":2999}""";

    static final String REFUNDED = """
            {"transaction":{"id":"9a3e52a1-07c4-4d55-a3a1-5b7f0f4d8e61","type":"refund","status":"settled",\
            "source":"api","created":1764003600,"modified":1764003600,"notificationUrl":"",\
            "serviceId":"63f574ed-d90d-4abe-9cf1-39117584a7b7","amount":2999,"currency":"PLN","title":"",\
            "orderId":"12345","paymentMethod":"blik","paymentMethodCode":"blik"}}""";

    static final String CAN_REFUND = """
            {"amount":10000}""";

    static final String CAN_REFUND_ANSWER = """
            {"id":"0f4b1c83-9d11-4f5a-9a57-3c1c1f1fb9d2","refundable":true,"balance":10000,"fullRefund":true,\
            "partialRefund":{"maxRefundAmount":10000,"minRefundAmount":1}}""";

    static final String SERVICE = """
            {"service":{"id":"63f574ed-d90d-4abe-9cf1-39117584a7b7","created":1763900000,"isActive":true,\
            "paymentMethods":[{"paymentMethod":"blik","paymentMethodCode":"blik","isActive":true,"isOnline":true,\
            "description":"BLIK","currency":"PLN","transactionLimits":{"minTransaction":{"type":"number","value":1},\
            "maxTransaction":{"type":"number","value":5000000}},"paymentMethodImage":[],\
            "paymentMethodCodeImage":[{"png":"https://bramka.example.com/payment-methods/blik.svg"}]}]}}""";

    static final String GET_METHODS = """
            {"amount":12999,"currency":"PLN","device":"desktop","locale":"pl"}""";

    static final String METHODS = """
            [{"label":"BLIK","isOnline":true,"image":[],"priority":1,"channels":[{"paymentMethod":"blik",\
            "paymentMethodCode":"blik","label":"BLIK","priority":1,"isOnline":true,"image":[]}]},\
            {"label":"Przelewy online (pay-by-link)","isOnline":true,"image":[],"priority":3,"channels":[\
            {"paymentMethod":"pbl","paymentMethodCode":"ing","label":"ING Bank Śląski","priority":1,\
            "isOnline":true,"image":[]}]}]""";

    static final String ROTATE = """
            {"services":["63f574ed-d90d-4abe-9cf1-39117584a7b7"]}""";

    static final String ROTATED = """
            {"token":"Xq3v0sB1c2d3e4f5g6h7i8j9k0lmnopqrstuvwxyzAB",\
            "services":{"63f574ed-d90d-4abe-9cf1-39117584a7b7":"k3Y9-fQ2_wE8rT6yU1iO0pA5sD7fG4hJ2kL9"}}""";

    static final String INVALID = """
            {"apiErrorResponse":{"code":"TRX-ERROR-110001","message":"Invalid or missing parameters.",\
            "instance":{"type":"sale","amount":"100"},"errors":[{"field":"serviceId","message":"is required"},\
            {"field":"amount","message":"must be an integer, not a string"}]}}""";

    static final String UNAUTHORIZED = """
            {"apiErrorResponse":{"code":"AUTH-ERROR-000401","message":"Send a valid API token of the shop as \
            Authorization: Bearer <token>.","instance":{},"errors":[]}}""";

    static final String FORBIDDEN = """
            {"apiErrorResponse":{"code":"AUTH-ERROR-000403","message":"This API token does not have the REFUND \
            scope; issue a token with it on the shop's integration tab.","instance":{},"errors":[]}}""";

    static final String NOT_FOUND = """
            {"apiErrorResponse":{"code":"NOT-FOUND-000404","message":"No such transaction.","instance":{},\
            "errors":[]}}""";

    private ApiExamples() {
    }
}
