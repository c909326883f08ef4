package pl.bramka.invoice;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free invoice numbers: one series per merchant, kind and month ({@code FV/2026/12/0001}). The counter row is
 * locked until the caller's transaction ends, the one that stores the invoice, so a rolled-back invoice gives its
 * number back and two invoices never get the same one.
 */
@Component
class InvoiceNumbers {

    private final JdbcClient jdbc;

    InvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(UUID merchantId, InvoiceKind kind, LocalDate issueDate) {
        String period = String.format("%04d/%02d", issueDate.getYear(), issueDate.getMonthValue());
        jdbc.sql("insert into invoice_counter (merchant_id, series, period, last_number) values (?, ?, ?, 0) "
                + "on conflict do nothing").params(merchantId, kind.series(), period).update();
        int last = jdbc.sql("select last_number from invoice_counter where merchant_id = ? and series = ? "
                + "and period = ? for update").params(merchantId, kind.series(), period).query(Integer.class).single();
        jdbc.sql("update invoice_counter set last_number = ? where merchant_id = ? and series = ? and period = ?")
                .params(last + 1, merchantId, kind.series(), period).update();
        return String.format("%s/%s/%04d", kind.series(), period, last + 1);
    }
}
