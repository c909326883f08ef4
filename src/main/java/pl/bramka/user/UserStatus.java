package pl.bramka.user;

public enum UserStatus {
    /** Added by a representative; becomes active when the invitation link is used to set a password. */
    INVITED,
    ACTIVE,
    DEACTIVATED
}
