package pl.bramka.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param credentialsFile where the demo logins are written on the first start
 * @param historyDays     how many days of settled sales and refunds the demo shop gets on the first start, settled
 *                        into payouts (0: none)
 * @param invoicedDays    of those, how many last days are invoiced: the demo shop's built-in invoicing is switched on
 *                        at that point of the history, so their sales and refunds get invoices and corrections (a
 *                        PDF each, which is what makes the first start slower the more days there are; 0: none)
 */
@ConfigurationProperties("bramka.demo")
record DemoSettings(@DefaultValue("data/demo-credentials.properties") Path credentialsFile,
        @DefaultValue("90") int historyDays, @DefaultValue("14") int invoicedDays) {
}
