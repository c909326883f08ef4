package pl.bramka.report;

import pl.bramka.report.StatementEntry.Kind;

/**
 * How each kind of booking is named in the statement files. The three-digit codes follow the gateway code map of
 * {@code formats.md} (201 refund, 301 fee, 401 payout); a sale is 100 because {@link StatementEntry} does not say
 * which payment method paid it, so the map's per-method codes (101 pay-by-link, 102 card) cannot be chosen.
 *
 * @param code          the three-digit code of the Polish {@code :86:} and of camt.053's proprietary code
 * @param swiftType     the {@code :61:} transaction type: {@code N} and a SWIFT code
 * @param operation     the Polish {@code ~00}: a four-letter code and the operation's name
 * @param polishDetails the {@code :61:} supplementary details in the Polish profile
 * @param englishDetails the {@code :61:} supplementary details in the SWIFT-strict profile
 * @param domain        camt.053 bank transaction code: domain, family and sub-family, ISO external code list
 */
record StatementCodes(String code, String swiftType, String operation, String polishDetails, String englishDetails,
        String domain, String family, String subFamily) {

    static StatementCodes of(Kind kind) {
        return switch (kind) {
            case SALE -> new StatementCodes("100", "NTRF", "PAYTPLATNOSC", "PLATNOSC", "PAYMENT",
                    "PMNT", "RCDT", "OTHR");
            case REFUND -> new StatementCodes("201", "NTRF", "RFNDZWROT PLATNOSCI", "ZWROT", "REFUND",
                    "PMNT", "ICDT", "OTHR");
            case COMMISSION -> new StatementCodes("301", "NCHG", "FEESPROWIZJA", "PROWIZJA", "FEE",
                    "ACMT", "MDOP", "COMM");
            case PAYOUT -> new StatementCodes("401", "NTRF", "POUTWYPLATA SRODKOW", "WYPLATA", "PAYOUT",
                    "PMNT", "ICDT", "DMCT");
            case PAYOUT_RETURNED -> new StatementCodes("402", "NRTI", "PRETZWROT WYPLATY", "ZWROT WYPLATY",
                    "PAYOUT RETURNED", "PMNT", "ICDT", "RRTN");
        };
    }
}
