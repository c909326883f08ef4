package pl.bramka.ksef;

/** The KSeF environments a merchant may send to: TEST and DEMO for trying it out, PRODUCTION for real invoices. */
enum KsefEnvironment {
    TEST, DEMO, PRODUCTION
}
