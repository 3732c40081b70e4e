package studio.smartwork.portal.people.internal;

/** Where an invitation stands: waiting for the invited person, or decided. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
