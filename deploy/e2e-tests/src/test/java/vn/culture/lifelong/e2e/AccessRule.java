package vn.culture.lifelong.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One row of the authorization matrix: how to call a documented operation on the victim's objects (path parameters,
 * query, a valid body, If-Match), who may call it, and what the others get. Those who may not are refused with one of
 * {@link #refusals} (403, or 404 where a service hides what exists); of those who may, every one reads, and one
 * ({@link #control}) changes, since a change happens once. A list also says which of its rows are the victim's: nobody
 * outside the victim's line finds them, everybody inside does.
 */
final class AccessRule {

    final String method;
    final String path;
    final Map<String, Object> pathParameters = new LinkedHashMap<>();
    final Map<String, Object> query = new LinkedHashMap<>();
    Object body;
    String contentType = ContentType.JSON.toString();
    Supplier<String> version;
    boolean isPublic;
    Set<Identity> allowed = EnumSet.noneOf(Identity.class);
    Identity control;
    int controlStatus;
    Set<Integer> refusals = new TreeSet<>(Set.of(403, 404));
    /** The field a 422 refusal must name: a body naming another's unit is refused as a broken rule of that field. */
    String refusedField;
    Function<Response, Collection<String>> rows;
    Supplier<Set<String>> victimsRows = Set::of;
    Supplier<Set<String>> everyonesRows = Set::of;
    /** Whether the victim's rows are kept from everyone here, their own people too (the public feed). */
    boolean victimsRowsHiddenFromAll;

    private AccessRule(String method, String path) {
        this.method = method;
        this.path = path;
    }

    static AccessRule get(String path) {
        return new AccessRule("GET", path);
    }

    static AccessRule post(String path) {
        return new AccessRule("POST", path);
    }

    static AccessRule put(String path) {
        return new AccessRule("PUT", path);
    }

    static AccessRule delete(String path) {
        return new AccessRule("DELETE", path);
    }

    String key() {
        return method + " " + path;
    }

    boolean reads() {
        return method.equals("GET");
    }

    AccessRule with(String parameter, Object value) {
        pathParameters.put(parameter, value);
        return this;
    }

    AccessRule query(String parameter, Object value) {
        query.put(parameter, value);
        return this;
    }

    AccessRule body(Object value) {
        body = value;
        return this;
    }

    /** Sent with If-Match: the version the object has when the rule is checked. */
    AccessRule ifMatch(Supplier<String> currentVersion) {
        version = currentVersion;
        return this;
    }

    /** Read by anyone, without a token (the public calendar). */
    AccessRule publicToAll() {
        isPublic = true;
        allowed = Identity.all();
        return this;
    }

    /** Read by every signed-in caller, whatever their role and unit. */
    AccessRule signedIn() {
        allowed = Identity.all();
        return this;
    }

    AccessRule allowed(Set<Identity> identities) {
        allowed = EnumSet.copyOf(identities);
        return this;
    }

    /** The one of those allowed who makes the change, and the status they get. */
    AccessRule changedBy(Identity identity, int status) {
        control = identity;
        controlStatus = status;
        return this;
    }

    /**
     * A body naming a unit outside the caller's tree is refused 422 naming that field, as the service answers for an
     * unknown unit, besides 403 for a role that may not.
     */
    AccessRule refusedAsUnknownUnit(String field) {
        refusals.add(422);
        refusedField = field;
        return this;
    }

    /** The list's rows, of which {@code victims} are the victim's own and {@code everyones} anyone's (public ones). */
    AccessRule rows(Function<Response, Collection<String>> read, Supplier<Set<String>> victims, Supplier<Set<String>> everyones) {
        rows = read;
        victimsRows = victims;
        everyonesRows = everyones;
        return this;
    }

    /** The list's rows, where {@code hidden} appear for nobody and {@code everyones} for everybody. */
    AccessRule rowsNeverShowing(Function<Response, Collection<String>> read, Supplier<Set<String>> hidden,
            Supplier<Set<String>> everyones) {
        victimsRowsHiddenFromAll = true;
        return rows(read, hidden, everyones);
    }
}
