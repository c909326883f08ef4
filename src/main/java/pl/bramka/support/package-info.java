/**
 * The contact page (the guide's "Kontakt"): the operator's business and technical phone numbers and e-mail addresses,
 * and a form whose messages (with an optional PDF, PNG or JPEG attachment) are stored, e-mailed to the support
 * address with the sender's merchant and role, confirmed to the sender, and listed under "my messages".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact and support", allowedDependencies = {"user",
        "merchant", "mail", "shared"})
package pl.bramka.support;
