package pl.bramka.panel;

import java.util.List;

import pl.bramka.user.Permission;
import pl.bramka.user.SignedInUser;

/**
 * The panel's sections in menu order, each with the permission it needs. A section is listed once it is built, so
 * the menu never leads to an unfinished page; the first section a user may open is their start page.
 */
final class Navigation {

    record Section(String path, String labelKey, Permission permission) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("/dashboard", "nav.dashboard", Permission.VIEW_PAYMENTS),
            new Section("/shops", "nav.shops", Permission.VIEW_SHOPS),
            new Section("/payment-methods", "nav.paymentMethods", Permission.VIEW_PAYMENT_METHODS));

    private Navigation() {
    }

    static List<Section> sectionsFor(SignedInUser user) {
        return SECTIONS.stream().filter(section -> user.can(section.permission())).toList();
    }

    /** Until a section exists for a user, representatives start on the users page and everyone else on the profile. */
    static String startPageFor(SignedInUser user) {
        return sectionsFor(user).stream().map(Section::path).findFirst()
                .orElse(user.can(Permission.MANAGE_USERS) ? "/users" : "/profile");
    }
}
