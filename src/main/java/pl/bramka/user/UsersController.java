package pl.bramka.user;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/users")
class UsersController {

    private final UserAdministration administration;
    private final PasswordReconfirmation passwords;

    UsersController(UserAdministration administration, PasswordReconfirmation passwords) {
        this.administration = administration;
        this.passwords = passwords;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser actor, Model model) {
        model.addAttribute("users", administration.list(actor.merchantId()));
        return "user/list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm());
        return "user/new";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal SignedInUser actor, @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "user/new";
        }
        try {
            UUID id = administration.invite(actor, form);
            redirect.addFlashAttribute("success", "user.invited");
            return "redirect:/users/" + id;
        }
        catch (UserChangeRefused refused) {
            errors.rejectValue("email", refused.getMessage());
            return "user/new";
        }
    }

    @GetMapping("/{id}")
    String details(@AuthenticationPrincipal SignedInUser actor, @PathVariable UUID id, Model model) {
        model.addAttribute("user", administration.get(actor.merchantId(), id));
        model.addAttribute("history", administration.history(actor.merchantId(), id));
        return "user/details";
    }

    /** Making someone a Representative is a sensitive change: it needs the actor's password again. */
    @PostMapping("/{id}/role")
    String changeRole(@AuthenticationPrincipal SignedInUser actor, @PathVariable UUID id,
            @RequestParam(required = false) Role role, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (role == null) {
            redirect.addFlashAttribute("failure", "validation.required");
            return "redirect:/users/" + id;
        }
        Errors errors = new MapBindingResult(new HashMap<>(Map.of("password", "")), "roleForm");
        if (role == Role.REPRESENTATIVE && administration.get(actor.merchantId(), id).role() != role
                && !passwords.confirm(actor, password, request.getRemoteAddr(), errors, "password")) {
            FieldError error = errors.getFieldError("password");
            model.addAttribute("roleError", error);
            model.addAttribute("chosenRole", role);
            return details(actor, id, model);
        }
        return applying(redirect, id, "user.role.changed", () -> administration.changeRole(actor, id, role));
    }

    @GetMapping("/{id}/status")
    String editStatus(@AuthenticationPrincipal SignedInUser actor, @PathVariable UUID id, Model model) {
        model.addAttribute("user", administration.get(actor.merchantId(), id));
        model.addAttribute("self", actor.id().equals(id));
        return "user/status";
    }

    @PostMapping("/{id}/status")
    String changeStatus(@AuthenticationPrincipal SignedInUser actor, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String status, RedirectAttributes redirect) {
        if (!status.equals("ACTIVE") && !status.equals("DEACTIVATED")) {
            redirect.addFlashAttribute("failure", "validation.required");
            return "redirect:/users/" + id + "/status";
        }
        boolean active = status.equals("ACTIVE");
        return applying(redirect, id, active ? "user.status.reactivatedDone" : "user.status.deactivatedDone",
                () -> administration.changeStatus(actor, id, active));
    }

    @PostMapping("/{id}/invitation")
    String resendInvitation(@AuthenticationPrincipal SignedInUser actor, @PathVariable UUID id,
            RedirectAttributes redirect) {
        return applying(redirect, id, "user.invitation.resent",
                () -> administration.resendInvitation(actor, id));
    }

    private static String applying(RedirectAttributes redirect, UUID id, String successKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", successKey);
        }
        catch (UserChangeRefused refused) {
            redirect.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/users/" + id;
    }
}
