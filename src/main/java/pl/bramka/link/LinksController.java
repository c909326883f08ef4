package pl.bramka.link;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.payment.PaymentRefused;
import pl.bramka.shared.Ids;
import pl.bramka.shared.Money;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.ShopDirectory;
import pl.bramka.user.SignedInUser;

/** The panel's payment links: the list, the new-link form (also for Duplicate), a link's page and deactivation. */
@Controller
class LinksController {

    static final int PAGE_SIZE = 50;

    private final PaymentLinks links;
    private final LinkViews views;
    private final LinkAddresses addresses;
    private final ShopDirectory shops;
    private final Clock clock;

    LinksController(PaymentLinks links, LinkViews views, LinkAddresses addresses, ShopDirectory shops, Clock clock) {
        this.links = links;
        this.views = views;
        this.addresses = addresses;
        this.shops = shops;
        this.clock = clock;
    }

    @GetMapping("/payment-links")
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("filter") LinkFilter filter,
            BindingResult errors, Locale locale, Model model) {
        Map<UUID, GatewayShop> merchantShops = shopsOf(user);
        Optional<LinkCriteria> criteria = filter.criteria(user.merchantId(), merchantShops.keySet(), errors);
        Optional<LinkCursor> cursor = LinkCursor.decode(filter.getCursor());
        List<ListedLink> rows = criteria.map(asked -> links.page(asked, cursor.orElse(null), PAGE_SIZE + 1))
                .orElse(List.of());
        boolean more = rows.size() > PAGE_SIZE;
        List<ListedLink> shown = new ArrayList<>(more ? rows.subList(0, PAGE_SIZE) : rows);
        boolean goingNewer = cursor.isPresent() && !cursor.get().older();
        if (goingNewer) {
            Collections.reverse(shown);
        }
        boolean hasNewer = goingNewer ? more : cursor.isPresent();
        boolean hasOlder = goingNewer || more;
        model.addAttribute("links", shown.stream().map(row -> views.of(row, merchantShops, locale)).toList());
        model.addAttribute("newerUrl", hasNewer && !shown.isEmpty()
                ? pageUrl(filter, LinkCursor.of(shown.get(0).link(), false)) : null);
        model.addAttribute("olderUrl", hasOlder && !shown.isEmpty()
                ? pageUrl(filter, LinkCursor.of(shown.get(shown.size() - 1).link(), true)) : null);
        model.addAttribute("filtered", !filter.parameters().isEmpty());
        model.addAttribute("shops", merchantShops.values());
        model.addAttribute("kinds", LinkKind.values());
        model.addAttribute("states", LinkState.values());
        return "link/list";
    }

    @GetMapping("/payment-links/new")
    String newLink(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String kind, Model model) {
        LinkForm form = from == null ? new LinkForm() : LinkForm.copyOf(link(user, from));
        if (from == null && "reusable".equals(kind)) {
            form.setKind("reusable");
        }
        List<GatewayShop> merchantShops = shops.shopsOf(user.merchantId());
        if (from == null && merchantShops.size() == 1) {
            form.setShop(merchantShops.get(0).serviceId().toString());
        }
        model.addAttribute("form", form);
        return form(model, merchantShops);
    }

    @PostMapping("/payment-links/new")
    String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") LinkForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        List<GatewayShop> merchantShops = shops.shopsOf(user.merchantId());
        Optional<NewLink> request = form.toNewLink(merchantShops.stream().map(GatewayShop::serviceId).toList(),
                user.fullName(), clock, errors);
        if (request.isEmpty()) {
            return form(model, merchantShops);
        }
        try {
            UUID id = links.create(user.merchantId(), request.get());
            redirect.addFlashAttribute("created", true);
            return "redirect:/payment-links/" + id;
        } catch (PaymentRefused shopClosed) {
            errors.rejectValue("shop", "links.form.shop.inactive");
            return form(model, merchantShops);
        }
    }

    @GetMapping("/payment-links/{id}")
    String details(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String older, Locale locale, Model model) {
        ListedLink summary = Ids.uuid(id).flatMap(uuid -> links.summary(user.merchantId(), uuid))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Link link = summary.link();
        Optional<LinkCursor> cursor = LinkCursor.decode(older).filter(LinkCursor::older);
        List<LinkPayment> rows = links.paymentsPage(link, cursor.orElse(null), PAGE_SIZE + 1);
        List<LinkPayment> shown = rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
        model.addAttribute("view", views.of(summary, shopsOf(user), locale));
        model.addAttribute("url", addresses.of(link));
        model.addAttribute("payments", views.paymentsOf(shown, locale));
        model.addAttribute("newestUrl", cursor.isPresent() ? "/payment-links/" + link.id() : null);
        model.addAttribute("olderPaymentsUrl", rows.size() > PAGE_SIZE ? "/payment-links/" + link.id() + "?older="
                + LinkCursor.ofPayment(shown.get(shown.size() - 1)).encode() : null);
        model.addAttribute("methods", link.methods() == null ? List.of() : link.methods());
        return "link/details";
    }

    @GetMapping("/payment-links/{id}/deactivate")
    String confirmDeactivation(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Locale locale,
            Model model) {
        Link link = link(user, id);
        if (links.stateOf(link) != LinkState.ACTIVE) {
            return "redirect:/payment-links/" + link.id();
        }
        model.addAttribute("link", link);
        model.addAttribute("amount", link.fixedAmount() == null ? null : link.fixedAmount().format(locale));
        return "link/deactivate";
    }

    @PostMapping("/payment-links/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            RedirectAttributes redirect) {
        Link link = link(user, id);
        try {
            links.deactivate(link);
            redirect.addFlashAttribute("deactivated", true);
        } catch (LinkUnavailable | PaymentRefused notActive) {
            redirect.addFlashAttribute("deactivationRefused", true);
        }
        return "redirect:/payment-links/" + link.id();
    }

    private String form(Model model, List<GatewayShop> merchantShops) {
        model.addAttribute("shops", merchantShops);
        model.addAttribute("currencies", Money.CURRENCIES.stream().sorted().toList());
        model.addAttribute("methodNames", LinkForm.paymentMethods());
        model.addAttribute("payerFieldNames", Arrays.stream(PayerField.values()).map(PayerField::wire)
                .toList());
        return "link/new";
    }

    /** A link of the user's merchant; 404 for a malformed id, an unknown one and another merchant's alike. */
    private Link link(SignedInUser user, String id) {
        return Ids.uuid(id).flatMap(uuid -> links.find(user.merchantId(), uuid))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<UUID, GatewayShop> shopsOf(SignedInUser user) {
        return shops.shopsOf(user.merchantId()).stream().collect(Collectors.toMap(GatewayShop::serviceId,
                Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static String pageUrl(LinkFilter filter, LinkCursor cursor) {
        Map<String, String> parameters = new LinkedHashMap<>(filter.parameters());
        parameters.put("cursor", cursor.encode());
        return "/payment-links?" + parameters.entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
