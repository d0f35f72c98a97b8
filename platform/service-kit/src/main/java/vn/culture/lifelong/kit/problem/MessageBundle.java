package vn.culture.lifelong.kit.problem;

/**
 * A library's own messages (a resource bundle besides the service's {@code messages} and the kit's), for the
 * problems its code raises. A library declares one as a bean.
 */
public interface MessageBundle {

    /** The bundle's base name, e.g. {@code units/messages}. */
    String baseName();
}
