package vn.culture.lifelong.documents;

import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.kit.problem.MessageBundle;

/** The kit's own messages (documents/messages.properties), for the problems it raises. */
@ApplicationScoped
public class DocumentMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "documents/messages";
    }
}
