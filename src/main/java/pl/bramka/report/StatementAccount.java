package pl.bramka.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The account one statement covers: a shop's balance at Bramka in one currency over whole Warsaw days. Balances are
 * signed minor units; the closing one is known before the entries are written because camt.053 puts it first.
 *
 * @param accountId      the shop's account as the file names it: its IBAN, or its service id when it has none
 * @param ownerName      the shop (or merchant) name, for the statement's owner
 * @param currency       ISO 4217
 * @param statementId    unique per statement in the file, at most 16 characters
 * @param sequenceNumber the statement's number, counting statements of this account
 * @param firstDay       the first Warsaw day covered
 * @param lastDay        the last Warsaw day covered
 * @param openingBalance the balance before the first day
 * @param closingBalance the opening balance plus every entry
 * @param createdAt      the snapshot time ({@code as-of}): the same parameters and time give the same bytes
 */
record StatementAccount(String accountId, String ownerName, String currency, String statementId, long sequenceNumber,
        LocalDate firstDay, LocalDate lastDay, long openingBalance, long closingBalance, Instant createdAt) {
}
