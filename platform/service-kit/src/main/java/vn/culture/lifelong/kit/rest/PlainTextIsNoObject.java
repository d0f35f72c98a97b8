package vn.culture.lifelong.kit.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A text/plain body is text, never one of the API's objects. The framework builds from plain text any type with a
 * constructor taking one text: a body of one field, such as a cancellation's reason, was made of the whole text sent,
 * so that a request sent as text/plain cancelled an activity with its raw JSON as the reason. Such a request is
 * answered 415, as for any other type the operation does not take.
 */
@Provider
@Consumes(MediaType.TEXT_PLAIN)
public class PlainTextIsNoObject implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !type.isPrimitive() && !type.getName().startsWith("java.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) {
        throw new NotSupportedException();
    }
}
