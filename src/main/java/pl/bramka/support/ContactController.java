package pl.bramka.support;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.user.SignedInUser;

/** The contact page, open to every role: the operator's details, the form, and the user's own messages. */
@Controller
@RequestMapping("/contact")
class ContactController {

    private final ContactMessages messages;
    private final ContactDetails details;

    ContactController(ContactMessages messages, ContactDetails details) {
        this.messages = messages;
        this.details = details;
    }

    @ModelAttribute("topics")
    ContactTopic[] topics() {
        return ContactTopic.values();
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Nullable Instant beforeAt,
            @RequestParam(required = false) @Nullable UUID beforeId, Model model) {
        model.addAttribute("form", new ContactForm());
        return page(user, beforeAt, beforeId, model);
    }

    @PostMapping
    String send(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ContactForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) throws IOException {
        form.validate(errors);
        Attachment attachment = null;
        if (!errors.hasErrors() && form.hasAttachment()) {
            byte[] content = form.getAttachment().getBytes();
            String type = Attachment.typeOf(content).orElse(null);
            if (type == null) {
                errors.rejectValue("attachment", "contact.attachment.type");
            }
            else {
                attachment = new Attachment(Attachment.safeName(form.getAttachment().getOriginalFilename()), type,
                        content);
            }
        }
        if (errors.hasErrors()) {
            return page(user, null, null, model);
        }
        messages.send(user, form.topic(), form.getMessage().strip(), attachment);
        redirect.addFlashAttribute("success", "contact.sent");
        return "redirect:/contact";
    }

    private String page(SignedInUser user, @Nullable Instant beforeAt, @Nullable UUID beforeId, Model model) {
        List<ContactMessages.SentMessage> sent = messages.sentBy(user, beforeAt, beforeId);
        boolean more = sent.size() > ContactMessages.PAGE;
        model.addAttribute("details", details.shown());
        model.addAttribute("sent", more ? sent.subList(0, ContactMessages.PAGE) : sent);
        model.addAttribute("next", more ? sent.get(ContactMessages.PAGE - 1) : null);
        model.addAttribute("paged", beforeAt != null);
        return "support/contact";
    }
}
