package pl.bramka.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway operator's contact details shown on the contact page; demo mode shows example values for those left
 * empty.
 *
 * @param businessPhone phone number for business matters (contracts, commissions)
 * @param businessEmail e-mail address for business matters
 * @param technicalPhone phone number for technical matters (integration, API)
 * @param technicalEmail e-mail address for technical matters
 * @param supportEmail where messages sent with the contact form are e-mailed; empty: the technical address
 */
@ConfigurationProperties("bramka.contact")
record ContactSettings(@DefaultValue("") String businessPhone, @DefaultValue("") String businessEmail,
        @DefaultValue("") String technicalPhone, @DefaultValue("") String technicalEmail,
        @DefaultValue("") String supportEmail) {
}
