package pl.bramka.panel;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.user.Permission;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserManagement;

/** Gives every page what the layout shows: merchant, user, navigation. */
@ControllerAdvice
class LayoutAdvice {

    private final MerchantManagement merchants;
    private final UserManagement users;

    LayoutAdvice(MerchantManagement merchants, UserManagement users) {
        this.merchants = merchants;
        this.users = users;
    }

    @ModelAttribute("layout")
    Layout layout(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        if (user == null) {
            return Layout.ANONYMOUS;
        }
        return new Layout(true, merchants.nameOf(user.merchantId()), user.fullName(),
                Navigation.sectionsFor(user, users.ordersViewOf(user.id())), user.role().permissions(),
                request.getRequestURI());
    }

    record Layout(boolean signedIn, String merchantName, String userName, List<Navigation.Section> sections,
            Set<Permission> permissions, String currentPath) {

        static final Layout ANONYMOUS = new Layout(false, "", "", List.of(), Set.of(), "");

        /** Whether the page shown belongs to this section, for the navigation's {@code aria-current}. */
        public boolean isCurrent(Navigation.Section section) {
            return currentPath.equals(section.path()) || currentPath.startsWith(section.path() + "/");
        }

        /** For templates: {@code layout.can('MANAGE_SHOPS')}. Hiding a control is convenience, not security. */
        public boolean can(String permission) {
            return permissions.contains(Permission.valueOf(permission));
        }
    }
}
