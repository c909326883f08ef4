package pl.bramka.notification;

/** Why a notification was sent: a status change, or a developer's request in the panel. */
public enum NotificationKind { STATUS, RESEND, REPLAY, TEST }
