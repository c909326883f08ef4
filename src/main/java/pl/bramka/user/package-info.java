/**
 * The people who sign in to the panel: user accounts of a merchant, the four roles and the permissions each role
 * grants (the roles matrix), invitations, password reset, and each user's profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users",
        allowedDependencies = {"merchant", "mail", "secret", "shared"})
package pl.bramka.user;
