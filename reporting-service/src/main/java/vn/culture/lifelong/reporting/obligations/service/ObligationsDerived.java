package vn.culture.lifelong.reporting.obligations.service;

/**
 * The obligations of plan {@code planId} have just been derived (its copy issued, amended or ended, or units under its
 * regime changed). Fired synchronously, in the transaction that derives them.
 */
public record ObligationsDerived(long planId) {
}
