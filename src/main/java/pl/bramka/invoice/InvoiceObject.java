package pl.bramka.invoice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import pl.bramka.merchant.Nip;
import pl.bramka.shared.EmailAddress;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads imoje's {@code invoice} object (the API's JSON, the paywall's gzipped JSON) strictly: every problem is told
 * to the caller as a field path under {@code invoice.} and a message in imoje's style, and nothing is returned then.
 * The positions' values (gross minus discount) must add up to the payment's amount; a company needs its id type and
 * number; a Polish VAT id must be a NIP with a valid check digit.
 */
public final class InvoiceObject {

    static final int MAX_POSITIONS = 100;
    /** Far more than any real invoice object; a bigger one is refused before it fills memory. */
    static final int MAX_JSON_BYTES = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ID_TYPES = Set.of("ID", "VAT_ID");
    private static final String ROOT = "invoice";

    private final BiConsumer<String, String> problems;
    private boolean valid = true;

    private InvoiceObject(BiConsumer<String, String> problems) {
        this.problems = problems;
    }

    /**
     * The JSON inside the packed form real plugins send (base64 of gzipped JSON, in the paywall and often in the
     * API too), or null when it holds nothing: WooCommerce sends {@code H4sIAAAAAAAA}, a gzip header without data,
     * for a shop without invoices.
     *
     * @throws IllegalArgumentException when the text is not base64 of gzipped JSON
     */
    public static @Nullable JsonNode unpack(String packed) {
        byte[] json;
        try {
            byte[] compressed = Base64.getDecoder().decode(packed.strip().replace('-', '+').replace('_', '/'));
            json = gunzip(compressed);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("must be base64 of gzipped JSON", unreadable);
        }
        if (new String(json, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JacksonException notJson) {
            throw new IllegalArgumentException("must be base64 of gzipped JSON", notJson);
        }
    }

    /** What the stream holds; a stream cut off after its header (see {@link #unpack}) holds nothing. */
    private static byte[] gunzip(byte[] compressed) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                json.write(buffer, 0, read);
                if (json.size() > MAX_JSON_BYTES) {
                    throw new IOException("more than " + MAX_JSON_BYTES + " bytes of JSON");
                }
            }
        } catch (EOFException cutOff) {
            if (json.size() > 0) {
                throw cutOff;
            }
        }
        return json.toByteArray();
    }

    /** The object, or null when it had problems (each told to {@code problems} as field and message). */
    public static @Nullable InvoiceDetails read(JsonNode invoice, long amount, BiConsumer<String, String> problems) {
        InvoiceObject reader = new InvoiceObject(problems);
        InvoiceDetails details = reader.details(invoice, amount);
        return reader.valid ? details : null;
    }

    private @Nullable InvoiceDetails details(JsonNode invoice, long amount) {
        if (!invoice.isObject()) {
            problem(ROOT, "must be an object");
            return null;
        }
        JsonNode buyerNode = invoice.get("buyer");
        InvoiceBuyer buyer = buyerNode == null || buyerNode.isNull() ? null : buyer(buyerNode);
        JsonNode positionsNode = invoice.get("positions");
        List<InvoicePosition> positions = positionsNode == null || positionsNode.isNull() ? List.of()
                : positions(positionsNode, amount);
        return new InvoiceDetails(buyer, positions == null ? List.of() : positions);
    }

    private @Nullable InvoiceBuyer buyer(JsonNode buyer) {
        String path = ROOT + ".buyer";
        if (!buyer.isObject()) {
            problem(path, "must be an object");
            return null;
        }
        String type = text(buyer, path, "type", true, 10);
        if (type != null && !type.equals("PERSON") && !type.equals("COMPANY")) {
            problem(path + ".type", "must be PERSON or COMPANY");
        }
        boolean company = "COMPANY".equals(type);
        String email = text(buyer, path, "email", false, EmailAddress.MAX_LENGTH);
        if (email != null && !EmailAddress.isValid(email)) {
            problem(path + ".email", "must be an e-mail address");
        }
        String fullName = text(buyer, path, "fullName", true, 256);
        String street = text(buyer, path, "street", false, 200);
        String city = text(buyer, path, "city", false, 100);
        String postalCode = text(buyer, path, "postalCode", false, 20);
        String countryCode = country(buyer, path, "countryCodeAlpha2");
        String idType = text(buyer, path, "idType", company, 10);
        if (idType != null && !ID_TYPES.contains(idType)) {
            problem(path + ".idType", "must be ID or VAT_ID");
            idType = null;
        }
        String idCountryCode = country(buyer, path, "idCountryCodeAlpha2");
        String idNumber = text(buyer, path, "idNumber", company, 50);
        if ("VAT_ID".equals(idType) && idNumber != null && (idCountryCode == null || idCountryCode.equals("PL"))) {
            idNumber = Nip.parse(idNumber).orElse(null);
            if (idNumber == null) {
                problem(path + ".idNumber", "is not a valid Polish NIP (wrong check digit or length)");
            }
        }
        return new InvoiceBuyer(company, email, fullName == null ? "" : fullName, street, city, postalCode,
                countryCode, idType, idCountryCode, idNumber);
    }

    private @Nullable List<InvoicePosition> positions(JsonNode positions, long amount) {
        String path = ROOT + ".positions";
        if (!positions.isArray()) {
            problem(path, "must be an array");
            return null;
        }
        if (positions.size() > MAX_POSITIONS) {
            problem(path, "may have at most " + MAX_POSITIONS + " positions");
            return null;
        }
        List<InvoicePosition> read = new ArrayList<>();
        boolean allRead = true;
        for (int index = 0; index < positions.size(); index++) {
            InvoicePosition position = position(positions.get(index), path + "[" + index + "]");
            if (position == null) {
                allRead = false;
            } else {
                read.add(position);
            }
        }
        if (allRead && !read.isEmpty()) {
            long sum = read.stream().mapToLong(InvoicePosition::grossAmount).sum();
            if (sum != amount) {
                problem(path, "gross amounts minus discounts add up to " + sum + ", not to the amount " + amount);
            }
        }
        return read;
    }

    private @Nullable InvoicePosition position(JsonNode position, String path) {
        if (!position.isObject()) {
            problem(path, "must be an object");
            return null;
        }
        boolean before = valid;
        valid = true;
        String name = text(position, path, "name", true, 256);
        String code = text(position, path, "code", false, 50);
        String unit = text(position, path, "unit", false, 20);
        BigDecimal quantity = BigDecimal.ONE;
        JsonNode quantityNode = position.get("quantity");
        if (quantityNode != null && !quantityNode.isNull()) {
            if (!quantityNode.isNumber() || quantityNode.decimalValue().signum() <= 0
                    || quantityNode.decimalValue().scale() > 6 || quantityNode.decimalValue().precision() > 16) {
                problem(path + ".quantity", "must be a positive number with at most 6 decimals");
            } else {
                quantity = quantityNode.decimalValue().stripTrailingZeros();
            }
        }
        Long gross = minor(position, path, "grossAmount", true);
        Long discount = minor(position, path, "discountAmount", false);
        String stakeName = text(position, path, "taxStake", true, 30);
        TaxStake stake = stakeName == null ? null : TaxStake.parse(stakeName).orElse(null);
        if (stakeName != null && stake == null) {
            problem(path + ".taxStake", "is not one of imoje's taxStake values (TAX_23, TAX_8, TAX_EXEMPT, …)");
        }
        long value = (gross == null ? 0 : gross) - (discount == null ? 0 : discount);
        if (gross != null && value < 0) {
            problem(path + ".discountAmount", "must not exceed grossAmount");
        }
        boolean positionValid = valid;
        valid = before && positionValid;
        if (!positionValid) {
            return null;
        }
        return new InvoicePosition(name, code, quantity, unit == null ? "szt." : unit, value, stake);
    }

    private @Nullable Long minor(JsonNode object, String path, String name, boolean required) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path + "." + name, "is required");
            }
            return null;
        }
        if (!value.isIntegralNumber() || value.longValue() < 0 || value.longValue() > 999_999_999L) {
            problem(path + "." + name, "must be a whole number of minor units between 0 and 999999999");
            return null;
        }
        return value.longValue();
    }

    private @Nullable String country(JsonNode object, String path, String name) {
        String code = text(object, path, name, false, 2);
        if (code != null && !code.matches("[A-Z]{2}")) {
            problem(path + "." + name, "must be an ISO 3166 alpha-2 code, e.g. PL");
            return null;
        }
        return code;
    }

    private @Nullable String text(JsonNode object, String path, String name, boolean required, int maxLength) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull() || (value.isString() && value.stringValue().isBlank())) {
            if (required) {
                problem(path + "." + name, "is required");
            }
            return null;
        }
        if (!value.isString()) {
            problem(path + "." + name, "must be a string");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            problem(path + "." + name, "must be at most " + maxLength + " characters");
            return null;
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            problem(path + "." + name, "must not contain control characters");
            return null;
        }
        return text;
    }

    private void problem(String field, String message) {
        valid = false;
        problems.accept(field, message);
    }
}
