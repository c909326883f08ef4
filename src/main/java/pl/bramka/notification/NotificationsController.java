package pl.bramka.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.integration.ShopCredentials;
import pl.bramka.shared.Ids;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.ShopDirectory;
import pl.bramka.user.SignedInUser;

/**
 * The shop's notifications page, part of its integration data: recent deliveries with every attempt, a test
 * notification, resend of one, replay of a period, and the signature checker. It shows where notifications went and
 * how the shop answered, never their bodies, so a Technical user sees no amounts here.
 */
@Controller
@RequestMapping("/shops/{serviceId}/integration/notifications")
class NotificationsController {

    private static final int PAGE_SIZE = 50;

    private final ShopDirectory shops;
    private final ShopCredentials credentials;
    private final DeliveryLog log;
    private final NotificationRequests requests;

    NotificationsController(ShopDirectory shops, ShopCredentials credentials, DeliveryLog log,
            NotificationRequests requests) {
        this.shops = shops;
        this.credentials = credentials;
        this.log = log;
        this.requests = requests;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @RequestParam(required = false) @Nullable String before, Model model) {
        GatewayShop shop = shopOf(user, serviceId);
        Long beforeId = before == null ? null : Ids.uuid(before).flatMap(id -> log.idOf(serviceId, id))
                .orElse(null);
        List<NotificationEntry> page = log.ofShop(serviceId, beforeId, PAGE_SIZE + 1);
        model.addAttribute("shop", shop);
        model.addAttribute("notifications", page.subList(0, Math.min(PAGE_SIZE, page.size())));
        model.addAttribute("older", page.size() > PAGE_SIZE ? page.get(PAGE_SIZE - 1).publicId() : null);
        model.addAttribute("firstPage", beforeId == null);
        if (!model.containsAttribute("replayForm")) {
            model.addAttribute("replayForm", new ReplayForm());
        }
        return "notification/list";
    }

    @GetMapping("/{notificationId}")
    String details(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @PathVariable String notificationId, Model model) {
        GatewayShop shop = shopOf(user, serviceId);
        NotificationEntry entry = Ids.uuid(notificationId).flatMap(id -> log.idOf(serviceId, id))
                .flatMap(log::entry).orElseThrow(NotificationsController::notFound);
        model.addAttribute("shop", shop);
        model.addAttribute("notification", entry.withAttempts(log.attempts(entry.publicId())));
        return "notification/details";
    }

    @PostMapping("/test")
    String sendTest(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            RedirectAttributes redirect) {
        GatewayShop shop = shopOf(user, serviceId);
        Optional<Delivery> delivery = requests.sendTest(shop);
        if (delivery.isEmpty()) {
            redirect.addFlashAttribute("failure", "notifications.test.noUrl");
        }
        else {
            redirect.addFlashAttribute("testResult", delivery.get());
        }
        return "redirect:/shops/" + serviceId + "/integration/notifications";
    }

    @PostMapping("/{notificationId}/resend")
    String resend(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @PathVariable String notificationId, RedirectAttributes redirect) {
        GatewayShop shop = shopOf(user, serviceId);
        UUID publicId = Ids.uuid(notificationId).orElseThrow(NotificationsController::notFound);
        if (!requests.resend(shop, publicId)) {
            throw notFound();
        }
        redirect.addFlashAttribute("success", "notifications.resend.done");
        return "redirect:/shops/" + serviceId + "/integration/notifications";
    }

    /** Counts what a replay would send and asks to confirm; nothing is sent yet. */
    @PostMapping("/replay")
    String replayPreview(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @ModelAttribute("replayForm") ReplayForm form, BindingResult errors, Model model) {
        GatewayShop shop = shopOf(user, serviceId);
        form.validate(errors);
        if (errors.hasErrors()) {
            return list(user, serviceId, null, model);
        }
        int count = requests.countReplayable(shop, form.from(), form.to());
        if (count == 0) {
            errors.reject("notifications.replay.none");
        }
        else if (count > NotificationRequests.MAX_REPLAY) {
            errors.reject("notifications.replay.tooMany", new Object[] {NotificationRequests.MAX_REPLAY}, null);
        }
        if (errors.hasErrors()) {
            return list(user, serviceId, null, model);
        }
        model.addAttribute("shop", shop);
        model.addAttribute("count", count);
        return "notification/replay-confirm";
    }

    @PostMapping("/replay/confirm")
    String replay(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @ModelAttribute("replayForm") ReplayForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        GatewayShop shop = shopOf(user, serviceId);
        form.validate(errors);
        if (errors.hasErrors()) {
            return list(user, serviceId, null, model);
        }
        int queued = requests.replay(shop, form.from(), form.to());
        redirect.addFlashAttribute("replayed", queued);
        return "redirect:/shops/" + serviceId + "/integration/notifications";
    }

    @GetMapping("/signature-check")
    String signatureCheck(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId, Model model) {
        model.addAttribute("shop", shopOf(user, serviceId));
        model.addAttribute("checkForm", new SignatureCheckForm());
        return "notification/signature-check";
    }

    @PostMapping("/signature-check")
    String checkSignature(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @ModelAttribute("checkForm") SignatureCheckForm form, BindingResult errors, Model model) {
        GatewayShop shop = shopOf(user, serviceId);
        model.addAttribute("shop", shop);
        form.validate(errors);
        if (!errors.hasErrors()) {
            model.addAttribute("result", SignatureCheck.check(form.getBody(), form.getHeader(),
                    shop.merchantPublicId(), shop.serviceId().toString(), credentials.verifyingKeys(serviceId)));
        }
        return "notification/signature-check";
    }

    private GatewayShop shopOf(SignedInUser user, UUID serviceId) {
        return shops.find(serviceId).filter(shop -> shop.merchantId().equals(user.merchantId()))
                .orElseThrow(NotificationsController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
