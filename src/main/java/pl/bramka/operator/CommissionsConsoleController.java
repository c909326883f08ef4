package pl.bramka.operator;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.shared.Money;
import pl.bramka.shop.CommissionTable;
import pl.bramka.shop.CommissionTable.DefaultCommission;

/** The default commission table: every method and currency, editing one row, and the history of changes. */
@Controller
class CommissionsConsoleController {

    static final int HISTORY_SHOWN = 50;

    private final CommissionTable table;
    private final OperatorActions actions;
    private final TransactionTemplate transactions;

    CommissionsConsoleController(CommissionTable table, OperatorActions actions, TransactionTemplate transactions) {
        this.table = table;
        this.actions = actions;
        this.transactions = transactions;
    }

    @GetMapping("/operator/commissions")
    String list(Model model) {
        model.addAttribute("rows", table.rows());
        model.addAttribute("history", table.history(HISTORY_SHOWN));
        return "operator/commissions";
    }

    @GetMapping("/operator/commissions/{method}/{currency}")
    String editForm(@PathVariable String method, @PathVariable String currency, Model model) {
        DefaultCommission row = row(method, currency);
        model.addAttribute("row", row);
        model.addAttribute("form", CommissionForm.of(row.percentBp(), row.fixedFeeMinor(),
                Money.fractionDigits(currency)));
        return "operator/commission-edit";
    }

    @PostMapping("/operator/commissions/{method}/{currency}")
    String edit(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String method,
            @PathVariable String currency, @Valid @ModelAttribute("form") CommissionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        DefaultCommission row = row(method, currency);
        int digits = Money.fractionDigits(currency);
        Optional<Integer> percent = errors.hasFieldErrors("percent") ? Optional.empty() : form.percentBp();
        if (!errors.hasFieldErrors("percent") && percent.isEmpty()) {
            errors.rejectValue("percent", "operator.commission.percent.invalid");
        }
        Optional<Long> fee = errors.hasFieldErrors("fee") ? Optional.empty() : form.feeMinor(digits);
        if (!errors.hasFieldErrors("fee") && fee.isEmpty()) {
            errors.rejectValue("fee", "operator.commission.fee.invalid");
        }
        if (errors.hasErrors()) {
            model.addAttribute("row", row);
            return "operator/commission-edit";
        }
        transactions.executeWithoutResult(status -> {
            table.change(method, currency, percent.get(), fee.get(), operator.id());
            actions.record(operator, "commission.changed", method + "/" + currency, String.format(Locale.ROOT,
                    "%d bp + %d → %d bp + %d", row.percentBp(), row.fixedFeeMinor(), percent.get(), fee.get()));
        });
        redirect.addFlashAttribute("success", "operator.commission.changed");
        return "redirect:/operator/commissions";
    }

    private DefaultCommission row(String method, String currency) {
        return table.row(method, currency).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
