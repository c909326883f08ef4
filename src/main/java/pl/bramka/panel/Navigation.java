package pl.bramka.panel;

import java.util.ArrayList;
import java.util.List;

import pl.bramka.user.OrdersView;
import pl.bramka.user.Permission;
import pl.bramka.user.SignedInUser;

/**
 * The panel's sections in menu order, each with the permission it needs. A section is listed once it is built, so
 * the menu never leads to an unfinished page; the first section a user may open is their start page.
 */
final class Navigation {

    record Section(String path, String labelKey, Permission permission) {
    }

    private static final Section DASHBOARD = new Section("/dashboard", "nav.dashboard", Permission.VIEW_PAYMENTS);
    private static final Section TRANSACTIONS = new Section("/transactions", "nav.transactions",
            Permission.VIEW_PAYMENTS);
    private static final Section ORDERS = new Section("/orders", "nav.orders", Permission.VIEW_PAYMENTS);
    private static final List<Section> AFTER_TRANSACTIONS = List.of(
            new Section("/shops", "nav.shops", Permission.VIEW_SHOPS),
            new Section("/payment-methods", "nav.paymentMethods", Permission.VIEW_PAYMENT_METHODS),
            new Section("/payment-links", "nav.paymentLinks", Permission.VIEW_PAYMENT_LINKS),
            new Section("/payouts", "nav.payouts", Permission.VIEW_REPORTS),
            new Section("/reports", "nav.reports", Permission.VIEW_REPORTS),
            new Section("/invoices", "nav.invoices", Permission.VIEW_REPORTS));

    private Navigation() {
    }

    /** The sections the user may open; the transactions section lists orders when the user's profile says so. */
    static List<Section> sectionsFor(SignedInUser user, OrdersView ordersView) {
        List<Section> sections = new ArrayList<>();
        sections.add(DASHBOARD);
        sections.add(ordersView == OrdersView.ORDERS ? ORDERS : TRANSACTIONS);
        sections.addAll(AFTER_TRANSACTIONS);
        return sections.stream().filter(section -> user.can(section.permission())).toList();
    }

    /** Until a section exists for a user, representatives start on the users page and everyone else on the profile. */
    static String startPageFor(SignedInUser user, OrdersView ordersView) {
        return sectionsFor(user, ordersView).stream().map(Section::path).findFirst()
                .orElse(user.can(Permission.MANAGE_USERS) ? "/users" : "/profile");
    }
}
