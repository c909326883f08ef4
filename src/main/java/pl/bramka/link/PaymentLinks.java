package pl.bramka.link;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentRefused;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.shared.Tokens;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.ShopDirectory;

/**
 * Payment links: made in the panel (one-time, reusable) or by the API, and the payments payers make through them.
 * A one-time or API link opens its one payment when it is made, so that payment's row lock in the payment core lets
 * it be paid at most once; a reusable link opens a payment per payer under its own row's lock.
 */
@Service
public class PaymentLinks {

    static final String CODE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** 16 base62 characters: about 95 bits, beyond guessing. */
    static final int CODE_LENGTH = 16;

    private final LinkRepository links;
    private final Payments payments;
    private final ShopDirectory shops;
    private final Clock clock;

    PaymentLinks(LinkRepository links, Payments payments, ShopDirectory shops, Clock clock) {
        this.links = links;
        this.payments = payments;
        this.shops = shops;
        this.clock = clock;
    }

    /**
     * Makes a one-time or reusable link for a shop of this merchant; a one-time link's payment is opened with it.
     *
     * @return the link's id
     * @throws IllegalArgumentException for another merchant's shop or an API link (those come from
     *                                  {@link #openApiLink})
     * @throws PaymentRefused           when the shop takes no payments
     */
    @Transactional
    public UUID create(UUID merchantId, NewLink request) {
        shops.find(request.serviceId()).filter(shop -> shop.merchantId().equals(merchantId))
                .orElseThrow(() -> new IllegalArgumentException("Not a shop of this merchant"));
        if (request.kind() == LinkKind.API) {
            throw new IllegalArgumentException("API links are made by openApiLink");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String code = Tokens.random(CODE_ALPHABET, CODE_LENGTH);
        if (request.kind() == LinkKind.REUSABLE) {
            links.insert(new Link(id, merchantId, request.serviceId(), LinkKind.REUSABLE, code, request.title(),
                    request.description(), request.currency(), request.amount(), request.amountMin(),
                    request.amountMax(), request.orderId(), request.customerName(), request.customerEmail(),
                    request.methods(), request.useLimit(), request.validTo(), request.payerFields(),
                    request.createdBy(), now, null));
            return id;
        }
        if (request.amount() == null) {
            throw new IllegalArgumentException("A one-time link has a fixed amount");
        }
        Payment payment = payments.open(new NewPayment(request.serviceId(), PaymentSource.WEB, request.amount(),
                request.currency(), request.orderId() == null ? code : request.orderId(), request.title(),
                request.description(), customer(request.customerName(), request.customerEmail(), null), null, null,
                ReturnUrls.none(), null, request.methods(), null, null, request.validTo()));
        links.insert(new Link(id, merchantId, request.serviceId(), LinkKind.ONE_TIME, code, request.title(),
                request.description(), request.currency(), request.amount(), null, null, request.orderId(),
                request.customerName(), request.customerEmail(), request.methods(), null, payment.validTo(),
                EnumSet.noneOf(PayerField.class), request.createdBy(), now, null));
        links.addPayment(id, payment.id(), now);
        return id;
    }

    /**
     * Opens the payment a shop's API request asks for (imoje's {@code POST /payment}) and lists it among the
     * merchant's links, in one database transaction.
     */
    @Transactional
    public Payment openApiLink(NewPayment request) {
        Payment payment = payments.open(request);
        UUID id = UUID.randomUUID();
        links.insert(new Link(id, payment.merchantId(), payment.serviceId(), LinkKind.API, null,
                payment.title().isBlank() ? payment.orderId() : payment.title(), payment.additionalDescription(),
                payment.currency(), payment.amount(), null, null, payment.orderId(), payment.customer().fullName(),
                payment.customer().email(), payment.visibleMethods(), null, payment.validTo(),
                EnumSet.noneOf(PayerField.class), null, payment.created(), null));
        links.addPayment(id, payment.id(), payment.created());
        return payment;
    }

    Optional<Link> find(UUID merchantId, UUID id) {
        return links.findOfMerchant(merchantId, id);
    }

    /** A link by the code in its public address; malformed codes are as absent as unknown ones. */
    Optional<Link> byCode(String code) {
        if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return links.findByCode(code);
    }

    List<ListedLink> page(LinkCriteria criteria, @Nullable LinkCursor cursor, int limit) {
        return links.page(criteria, cursor, limit, clock.instant());
    }

    /** A link of this merchant with its state, settled uses and total paid over all its payments. */
    Optional<ListedLink> summary(UUID merchantId, UUID id) {
        return links.listed(merchantId, id, clock.instant());
    }

    /** A page of the link's payments with their attempts, newest first, older than the cursor when there is one. */
    List<LinkPayment> paymentsPage(Link link, @Nullable LinkCursor older, int limit) {
        return links.paymentsPage(link.merchantId(), link.id(), older, limit);
    }

    /** The link's payments, oldest first. */
    List<Payment> paymentsOf(Link link) {
        return links.paymentsOf(link.id()).stream()
                .map(paymentId -> payments.paymentOfMerchant(link.merchantId(), paymentId).orElseThrow()).toList();
    }

    /** The one payment of a one-time or API link. */
    Payment singlePayment(Link link) {
        return paymentsOf(link).get(0);
    }

    /** How the link stands now (the list's query applies the same rules). */
    LinkState stateOf(Link link) {
        Instant now = clock.instant();
        if (link.kind().single()) {
            Payment payment = singlePayment(link);
            if (payment.status() == TransactionStatus.SETTLED) {
                return LinkState.PAID;
            }
            if (link.deactivated() != null) {
                return LinkState.CANCELLED;
            }
            if (payment.expiredAt(now)) {
                return LinkState.EXPIRED;
            }
            return payment.status() == TransactionStatus.CANCELLED ? LinkState.CANCELLED : LinkState.ACTIVE;
        }
        if (link.useLimit() != null && links.settledUses(link.id()) >= link.useLimit()) {
            return LinkState.PAID;
        }
        if (link.deactivated() != null) {
            return LinkState.CANCELLED;
        }
        return link.expiredAt(now) ? LinkState.EXPIRED : LinkState.ACTIVE;
    }

    /**
     * Stops an active link taking payments: a one-time or API link's payment is cancelled (refused while a payer's
     * attempt waits at the acquirer), and a reusable link's payments nobody has paid yet are cancelled with it.
     */
    @Transactional
    void deactivate(Link link) {
        Link locked = links.lock(link.id()).orElseThrow();
        LinkState state = stateOf(locked);
        if (state != LinkState.ACTIVE) {
            throw new LinkUnavailable(state);
        }
        Instant now = clock.instant();
        for (Payment payment : paymentsOf(locked)) {
            if (locked.kind().single() || payment.payableAt(now)) {
                payments.cancel(payment.id());
            }
        }
        links.deactivate(locked.id(), now);
    }

    /**
     * Whether every place of an active reusable link's limit is held by a payment that may still settle, so a new
     * payer must wait for one of them to expire or be cancelled; false for a link without a limit.
     */
    boolean placesTaken(Link link) {
        return link.useLimit() != null && links.placesTaken(link.id(), clock.instant()).total() >= link.useLimit();
    }

    /**
     * Opens the payment of one payer of a reusable link, under the link's lock, while the link is active and its
     * limit of uses has a place free. The limit counts the payments that settled and those that still may, so
     * however many payers come at once, no more payments than the limit can ever settle.
     *
     * @throws LinkUnavailable when the link is no longer active (its settled payments reached the limit, too)
     * @throws LinkPlacesTaken when payments still in progress hold the rest of the limit
     */
    @Transactional
    Payment openForPayer(Link link, long amount, Customer payer, @Nullable Map<String, String> address,
            String lang) {
        Link locked = links.lock(link.id()).orElseThrow();
        LinkState state = stateOf(locked);
        if (state != LinkState.ACTIVE) {
            throw new LinkUnavailable(state);
        }
        if (placesTaken(locked)) {
            throw new LinkPlacesTaken();
        }
        Payment payment = payments.open(new NewPayment(locked.serviceId(), PaymentSource.WEB, amount,
                locked.currency(), locked.orderId() == null ? locked.code() : locked.orderId(), locked.title(),
                locked.description(), payer, address, null, ReturnUrls.none(), null, locked.methods(), null, lang,
                locked.validTo()));
        links.addPayment(locked.id(), payment.id(), clock.instant());
        return payment;
    }

    /** The shop a link belongs to. */
    GatewayShop shopOf(Link link) {
        return shops.find(link.serviceId()).orElseThrow();
    }

    static Customer customer(@Nullable String name, @Nullable String email, @Nullable String phone) {
        if (name == null) {
            return new Customer(null, null, email, phone);
        }
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? new Customer(trimmed, null, email, phone)
                : new Customer(trimmed.substring(0, space), trimmed.substring(space + 1).trim(), email, phone);
    }
}
