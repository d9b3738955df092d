package org.drillbook.account;

/**
 * An account's sessions have ended (it was disabled, given another role, or its password
 * or second factor changed): published inside the transaction that made the change.
 *
 * @param accountId the account
 * @param username the name its sessions are stored under
 */
public record AccountSessionsEnded(long accountId, String username) {

}
