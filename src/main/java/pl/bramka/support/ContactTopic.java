package pl.bramka.support;

/** What a contact message is about; the support team sorts by it. */
enum ContactTopic { BUSINESS, TECHNICAL, PAYOUTS, ACCOUNT, OTHER }
