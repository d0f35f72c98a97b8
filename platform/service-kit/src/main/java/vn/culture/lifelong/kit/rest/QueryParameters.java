package vn.culture.lifelong.kit.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import vn.culture.lifelong.kit.problem.InvalidRequestException;

/**
 * Reads query parameters of enum, date, number and true/false types so that a value that does not convert is a 400
 * naming the parameter ({@code kind=MONTHLY}), not the 404 the Jakarta REST specification prescribes, which tells
 * callers nothing. Days are {@link CalendarDays}; true/false is {@code true} or {@code false}, never anything else
 * read as false ({@code dryRun=yes} would have written). {@link vn.culture.lifelong.kit.problem.ProblemMappers} answers
 * the failure however the framework wraps it.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    static final String MESSAGE_KEY = "problem.parameter.invalid";

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Optional<String> name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(annotation -> ((QueryParam) annotation).value()).findFirst();
        if (name.isEmpty()) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) converter(name.get(), rawType, text -> Enum.valueOf((Class) rawType, text));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name.get(), rawType, CalendarDays::parse);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name.get(), rawType, Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name.get(), rawType, Long::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name.get(), rawType, QueryParameters::trueOrFalse);
        }
        return null;
    }

    private static Boolean trueOrFalse(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("Neither true nor false: " + text);
    }

    private static <T> ParamConverter<T> converter(String name, Class<?> type, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                if (text == null || text.isBlank()) {
                    // A primitive (with its @DefaultValue when absent) cannot be left without a value.
                    if (type.isPrimitive()) {
                        throw new InvalidRequestException(name, MESSAGE_KEY);
                    }
                    return null;
                }
                try {
                    return parse.apply(text.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidRequestException(name, MESSAGE_KEY);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
