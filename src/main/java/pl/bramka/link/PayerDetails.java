package pl.bramka.link;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import pl.bramka.payment.Customer;
import pl.bramka.shared.EmailAddress;
import pl.bramka.shared.Money;

/**
 * What a reusable link's payer types: the amount when the link leaves it to them, and the details the link asks for.
 * {@link #check} puts a message key on each wrong field (by its form name) and gives nothing unless all are right.
 */
class PayerDetails {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,19}");
    private static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_ADDRESS_PART_LENGTH = 100;

    /** What a payer's details come to: the amount in minor units, the payer, and their address or null. */
    record Checked(long amount, Customer customer, @Nullable Map<String, String> address) {
    }

    private String amount = "";
    private String name = "";
    private String email = "";
    private String phone = "";
    private String street = "";
    private String postalCode = "";
    private String city = "";

    Optional<Checked> check(Link link, Map<String, String> errors) {
        Long minor = link.amount();
        if (link.payerEntersAmount()) {
            minor = Money.parse(amount, link.currency()).map(Money::minor).filter(link::allows).orElse(null);
            if (minor == null) {
                errors.put("amount", amount.isBlank() ? "links.pay.amount.required" : "links.pay.amount.invalid");
            }
        }
        String payerName = field("name", name, MAX_NAME_LENGTH, link.asks(PayerField.NAME), errors);
        String payerEmail = field("email", email, EmailAddress.MAX_LENGTH, link.asks(PayerField.EMAIL), errors);
        if (payerEmail != null && !EmailAddress.isValid(payerEmail)) {
            errors.put("email", "links.pay.email.invalid");
        }
        String payerPhone = field("phone", phone, 20, link.asks(PayerField.PHONE), errors);
        if (payerPhone != null && !PHONE.matcher(payerPhone).matches()) {
            errors.put("phone", "links.pay.phone.invalid");
        }
        Map<String, String> address = null;
        if (link.asks(PayerField.ADDRESS)) {
            String payerStreet = field("street", street, MAX_ADDRESS_PART_LENGTH, true, errors);
            String payerPostalCode = field("postalCode", postalCode, 20, true, errors);
            String payerCity = field("city", city, MAX_ADDRESS_PART_LENGTH, true, errors);
            if (payerStreet != null && payerPostalCode != null && payerCity != null) {
                address = new LinkedHashMap<>();
                address.put("street", payerStreet);
                address.put("postalCode", payerPostalCode);
                address.put("city", payerCity);
            }
        }
        if (!errors.isEmpty() || minor == null) {
            return Optional.empty();
        }
        return Optional.of(new Checked(minor, PaymentLinks.customer(payerName, payerEmail, payerPhone), address));
    }

    /** A field the link asks for (required) or the payer gave anyway; only asked-for fields are kept. */
    private static @Nullable String field(String field, String typed, int maxLength, boolean asked,
            Map<String, String> errors) {
        if (!asked) {
            return null;
        }
        String trimmed = typed.strip();
        if (trimmed.isEmpty()) {
            errors.put(field, "links.pay.required");
            return null;
        }
        if (trimmed.length() > maxLength || trimmed.chars().anyMatch(Character::isISOControl)) {
            errors.put(field, "links.pay.tooLong");
            return null;
        }
        return trimmed;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount == null ? "" : amount;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street == null ? "" : street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode == null ? "" : postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city == null ? "" : city;
    }
}
