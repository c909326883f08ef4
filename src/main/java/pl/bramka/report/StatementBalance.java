package pl.bramka.report;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The running balance of the statement being written: its entries must bring the opening balance to the closing
 * one, which the file states before or after them. A mismatch is a bug in whatever gave the entries, so it throws
 * rather than write a statement a bank import would reject.
 */
final class StatementBalance {

    private final StatementAccount account;

    private final int fractionDigits;

    private long balance;

    private long entries;

    StatementBalance(StatementAccount account) {
        this.account = account;
        this.fractionDigits = Currency.getInstance(account.currency()).getDefaultFractionDigits();
        this.balance = account.openingBalance();
    }

    StatementAccount account() {
        return account;
    }

    void add(StatementEntry entry) {
        balance = Math.addExact(balance, entry.amount());
        entries++;
    }

    void checkClosed() {
        if (balance != account.closingBalance()) {
            throw new IllegalStateException("Statement " + account.statementId() + " does not balance: opening "
                    + account.openingBalance() + " plus " + entries + " entries gives " + balance + ", closing is "
                    + account.closingBalance());
        }
    }

    /** The amount unsigned, with the currency's minor digits after {@code separator} ({@code 1250,00}). */
    String unsigned(long minor, char separator) {
        String text = BigDecimal.valueOf(minor).abs().movePointLeft(fractionDigits).toPlainString();
        return separator == '.' ? text : text.replace('.', separator) + (fractionDigits == 0 ? "," : "");
    }
}
