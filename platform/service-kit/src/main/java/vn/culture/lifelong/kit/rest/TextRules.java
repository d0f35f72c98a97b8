package vn.culture.lifelong.kit.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.text.ControlCharacterException;
import vn.culture.lifelong.kit.text.Texts;

/**
 * Text callers send may hold no control characters (PostgreSQL refuses NUL, and none is ever meant): a query or
 * path parameter holding one, or a JSON string holding one other than tab and line breaks, is answered 400 naming
 * the parameter or the JSON path, before anything reads it.
 */
@Singleton
public class TextRules implements ObjectMapperCustomizer {

    static final String MESSAGE_KEY = "problem.text.control-character";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("text-rules").addDeserializer(String.class, new CheckedStrings()));
    }

    @ServerRequestFilter
    public void checkParameters(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (Texts.firstControlCharacter(value, false).isPresent()) {
                    throw new InvalidRequestException(parameter.getKey(), MESSAGE_KEY);
                }
            }
        }
    }

    /** Jackson's own string reading, then the check; multi-line text (a plan's purposes) keeps its line breaks. */
    private static final class CheckedStrings extends StdScalarDeserializer<String> {

        CheckedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            OptionalInt control = text == null ? OptionalInt.empty() : Texts.firstControlCharacter(text, true);
            if (control.isPresent()) {
                throw new ControlCharacterException(parser, control.getAsInt());
            }
            return text;
        }
    }
}
