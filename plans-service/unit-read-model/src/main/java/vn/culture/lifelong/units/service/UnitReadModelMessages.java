package vn.culture.lifelong.units.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.kit.problem.MessageBundle;

/** The read model's own messages (units/messages.properties), for the problems it raises. */
@ApplicationScoped
public class UnitReadModelMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "units/messages";
    }
}
