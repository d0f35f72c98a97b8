package vn.culture.lifelong.stack;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run the stack. Empty optionals mean "start our own"; a port of 0 means "any free port".
 *
 * @param projectRoot       the repository checkout holding the built services and the realm file
 * @param dataDirectory     where databases, the broker's log, secrets and process logs live
 * @param gatewayPort       the one port users call
 * @param keycloakPort      Keycloak's HTTP port, when this stack starts Keycloak
 * @param postgresPort      the embedded PostgreSQL's port
 * @param kafkaPort         the in-process broker's client port
 * @param postgres          an existing PostgreSQL server instead of the embedded one
 * @param kafkaBootstrap    an existing Kafka cluster instead of the in-process broker
 * @param keycloakUrl       an existing Keycloak (with the realm imported) instead of the child process
 */
public record StackSettings(
        Path projectRoot,
        Path dataDirectory,
        int gatewayPort,
        int keycloakPort,
        int postgresPort,
        int kafkaPort,
        Optional<ExternalPostgres> postgres,
        Optional<String> kafkaBootstrap,
        Optional<String> keycloakUrl) {

    public record ExternalPostgres(String url, String user, String password) {
    }

    /** Every port free, our own servers: what the tests use on shared machines. */
    public static StackSettings isolated(Path projectRoot, Path dataDirectory) {
        return new StackSettings(projectRoot, dataDirectory, 0, 0, 0, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
