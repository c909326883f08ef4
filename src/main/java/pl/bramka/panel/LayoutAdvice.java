package pl.bramka.panel;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
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
        return new Layout(user, () -> merchants.nameOf(user.merchantId()),
                () -> Navigation.sectionsFor(user, users.ordersViewOf(user.id())), request.getRequestURI());
    }

    /**
     * What the layout shows. The merchant's name and the menu are read from the database only when a template shows
     * them: an htmx fragment or a JSON answer, which never does, costs no queries for them.
     */
    static final class Layout {

        static final Layout ANONYMOUS = new Layout(null, () -> "", List::of, "");

        private final @Nullable SignedInUser user;
        private final Supplier<String> merchantNameQuery;
        private final Supplier<List<Navigation.Section>> sectionsQuery;
        private final String currentPath;
        private @Nullable String merchantName;
        private @Nullable List<Navigation.Section> sections;

        private Layout(@Nullable SignedInUser user, Supplier<String> merchantNameQuery,
                Supplier<List<Navigation.Section>> sectionsQuery, String currentPath) {
            this.user = user;
            this.merchantNameQuery = merchantNameQuery;
            this.sectionsQuery = sectionsQuery;
            this.currentPath = currentPath;
        }

        public boolean isSignedIn() {
            return user != null;
        }

        public String getUserName() {
            return user == null ? "" : user.fullName();
        }

        public String getMerchantName() {
            if (merchantName == null) {
                merchantName = merchantNameQuery.get();
            }
            return merchantName;
        }

        public List<Navigation.Section> getSections() {
            if (sections == null) {
                sections = sectionsQuery.get();
            }
            return sections;
        }

        /** Whether the page shown belongs to this section, for the navigation's {@code aria-current}. */
        public boolean isCurrent(Navigation.Section section) {
            return currentPath.equals(section.path()) || currentPath.startsWith(section.path() + "/");
        }

        /** For templates: {@code layout.can('MANAGE_SHOPS')}. Hiding a control is convenience, not security. */
        public boolean can(String permission) {
            Set<Permission> permissions = user == null ? Set.of() : user.role().permissions();
            return permissions.contains(Permission.valueOf(permission));
        }
    }
}
