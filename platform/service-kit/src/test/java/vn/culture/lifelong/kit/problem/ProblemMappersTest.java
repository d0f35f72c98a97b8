package vn.culture.lifelong.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The mappers alone, without a running service: what each failure answers. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers(new Messages(List.of()));

    record Item(@NotBlank String name) {
    }

    record Basket(@NotNull String owner, List<@Valid Item> items) {
    }

    record Value(int min) {
    }

    record Target(List<Value> values) {
    }

    private static HttpHeaders headers(String language, String requestId) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getAcceptableLanguages" -> language == null ? List.of() : List.of(Locale.forLanguageTag(language));
                    case "getHeaderString" -> "X-Request-Id".equals(arguments[0]) ? requestId : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getPath")) {
                        return path;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Problem problem(Response response) {
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        return (Problem) response.getEntity();
    }

    @Test
    void everyBrokenRuleIsListedWithItsFieldInTheCallersLanguage() {
        RulesBrokenException broken = new RulesBrokenException(List.of(
                Violation.of("[3].code", "idempotency.key.reused", "k1"),
                Violation.of("targets[0].values[1].min", "problem.json.field")));
        Problem answer = problem(mappers.rulesBroken(broken, headers("en", "r-1"), uri("/api/plans/units/imports")));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.type()).isEqualTo("/problems/business-rule");
        assertThat(answer.title()).isEqualTo("Business rule broken");
        assertThat(answer.detail()).isEqualTo("The request breaks rules of the domain; see the errors, each naming its field.");
        assertThat(answer.instance()).isEqualTo("/api/plans/units/imports");
        assertThat(answer.requestId()).isEqualTo("r-1");
        assertThat(answer.errors()).extracting(Problem.FieldError::field).containsExactly("[3].code", "targets[0].values[1].min");
        assertThat(answer.errors().get(0).message()).isEqualTo("Key k1 was used for a different request; each new request needs a new key.");
    }

    @Test
    void aClashIs409AndABrokenRule422BothNamingTheField() {
        Response conflict = mappers.conflict(new ConflictException("Idempotency-Key", "idempotency.key.reused", "k"),
                headers(null, null), uri("/x"));
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(problem(conflict).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("Idempotency-Key");
            assertThat(error.message()).startsWith("Khóa k đã được dùng");
        });
        Response rule = mappers.businessRule(new BusinessRuleException("parentCode", "problem.json.field"),
                headers("vi", null), uri("/x"));
        assertThat(rule.getStatus()).isEqualTo(422);
        assertThat(problem(rule).errors()).extracting(Problem.FieldError::field).containsExactly("parentCode");
    }

    @Test
    void aStaleVersionIs412AndABadHeader400NamingIt() {
        assertThat(mappers.staleVersion(new StaleVersionException(1, 2), headers(null, null), uri("/x")).getStatus())
                .isEqualTo(412);
        Problem badHeader = problem(mappers.invalidRequest(new InvalidRequestException("If-Match", "header.if-match.invalid"),
                headers(null, null), uri("/x")));
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.errors()).extracting(Problem.FieldError::field).containsExactly("If-Match");
    }

    @Test
    void aChangeThatLostARaceIs409AskingToReadAgain() {
        Problem answer = problem(mappers.concurrentChange(new OptimisticLockException("Row was updated by another"),
                headers("en", null), uri("/x")));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.type()).isEqualTo("/problems/concurrent-change");
        assertThat(answer.detail()).doesNotContain("Row was updated");
    }

    @Test
    void anUnexpectedFailureTellsNothingOfItsCause() {
        Problem answer = problem(mappers.unexpected(new IllegalStateException("password=secret at Foo.java:12"),
                headers(null, "r-9"), uri("/x")));
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.detail()).doesNotContain("secret", "Foo", "IllegalState").contains("mã yêu cầu");
        assertThat(answer.requestId()).isEqualTo("r-9");
    }

    @Test
    void constraintViolationsNameTheBodyPathWithIndexes() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        Basket basket = new Basket(null, List.of(new Item("sách"), new Item(" ")));
        Problem answer = problem(mappers.validation(new ConstraintViolationException(validator.validate(basket)),
                headers(null, null), uri("/x")));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errors()).extracting(Problem.FieldError::field).containsExactly("items[1].name", "owner");
    }

    @Test
    void jsonOfTheWrongTypeIsNamedByItsJsonPath() throws Exception {
        MismatchedInputException wrongType = null;
        try {
            new ObjectMapper().readValue("{\"values\":[{\"min\":1},{\"min\":\"nhiều\"}]}", Target.class);
        } catch (MismatchedInputException e) {
            wrongType = e;
        }
        assertThat(wrongType).isNotNull();
        Problem answer = problem(mappers.unreadableJson(wrongType, headers(null, null), uri("/x")));
        assertThat(answer.errors()).extracting(Problem.FieldError::field).containsExactly("values[1].min");
    }
}
