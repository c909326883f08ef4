package pl.bramka.user;

import static pl.bramka.user.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** The roles matrix of the guide (Użytkownicy): which permissions each of the four roles has. */
public enum Role {
    REPRESENTATIVE(EnumSet.allOf(Permission.class)),
    FINANCE_ACTIVE(EnumSet.of(VIEW_PAYMENTS, VIEW_REPORTS, REFUND, VIEW_PAYMENT_LINKS, MANAGE_PAYMENT_LINKS,
            VIEW_SHOPS, VIEW_PAYMENT_METHODS)),
    FINANCE_PASSIVE(EnumSet.of(VIEW_PAYMENTS, VIEW_REPORTS, VIEW_PAYMENT_LINKS, VIEW_SHOPS, VIEW_PAYMENT_METHODS)),
    TECHNICAL(EnumSet.of(VIEW_SHOPS, MANAGE_INTEGRATION, MANAGE_BRANDING));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
