package pl.bramka.operator;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The log of every operator action, newest first. */
@Controller
class ActionsConsoleController {

    static final int PAGE_SIZE = 100;

    private final OperatorActions actions;

    ActionsConsoleController(OperatorActions actions) {
        this.actions = actions;
    }

    @GetMapping("/operator/actions")
    String list(@RequestParam(defaultValue = "0") long before, Model model) {
        List<OperatorActions.Entry> page = actions.page(Math.max(0, before), PAGE_SIZE + 1);
        model.addAttribute("actions", page.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("nextBefore", page.size() > PAGE_SIZE ? page.get(PAGE_SIZE - 1).id() : null);
        return "operator/actions";
    }
}
