package pl.bramka.notification;

/**
 * Where a notification stands. {@code SUPERSEDED}: it failed while a newer notification of the same transaction
 * waited behind it, so the newer one, which carries the later status, went ahead instead of waiting days.
 */
public enum NotificationState { PENDING, DELIVERED, FAILED, SUPERSEDED }
